package jtorch.optim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * L-BFGS, optionally with a strong-Wolfe line search. PyTorch: {@code torch.optim.LBFGS(params, lr=1, max_iter=20,
 * max_eval=None, tolerance_grad=1e-7, tolerance_change=1e-9, history_size=100, line_search_fn=None)}. One group
 * only; {@link #step(Supplier)} needs a closure that re-evaluates the loss (and its gradients).
 *
 * <pre>{@code
 * var opt = new LBFGS(List.of(x), LBFGS.options().historySize(10).maxIter(4).lineSearchFn("strong_wolfe"));
 * opt.step(() -> { opt.zeroGrad(); Tensor loss = f(x); loss.backward(); return loss; });
 * }</pre>
 */
public class LBFGS extends Optimizer {
    /** Keyword arguments of {@code torch.optim.LBFGS}. */
    public static final class Options {
        double lr = 1;
        int maxIter = 20;
        Integer maxEval;
        double toleranceGrad = 1e-7;
        double toleranceChange = 1e-9;
        int historySize = 100;
        String lineSearchFn;

        Options() {
        }

        /** {@code lr=1}. */
        public Options lr(double v) {
            lr = v;
            return this;
        }

        /** {@code max_iter=20}: iterations per {@code step}. */
        public Options maxIter(int v) {
            maxIter = v;
            return this;
        }

        /** {@code max_eval=max_iter * 5 // 4}: function evaluations per {@code step}. */
        public Options maxEval(int v) {
            maxEval = v;
            return this;
        }

        /** {@code tolerance_grad=1e-7}. */
        public Options toleranceGrad(double v) {
            toleranceGrad = v;
            return this;
        }

        /** {@code tolerance_change=1e-9}. */
        public Options toleranceChange(double v) {
            toleranceChange = v;
            return this;
        }

        /** {@code history_size=100}. */
        public Options historySize(int v) {
            historySize = v;
            return this;
        }

        /** {@code line_search_fn=None}; {@code "strong_wolfe"} is the one line search. */
        public Options lineSearchFn(String v) {
            lineSearchFn = v;
            return this;
        }

        Map<String, Object> defaults() {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("lr", lr);
            d.put("max_iter", maxIter);
            d.put("max_eval", maxEval != null ? maxEval : maxIter * 5 / 4);
            d.put("tolerance_grad", toleranceGrad);
            d.put("tolerance_change", toleranceChange);
            d.put("history_size", historySize);
            d.put("line_search_fn", lineSearchFn);
            return d;
        }
    }

    /** PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    private final List<Tensor> params;

    /** PyTorch: {@code LBFGS(params)}. */
    public LBFGS(Iterable<? extends Tensor> params) {
        this(params, options());
    }

    /** PyTorch: {@code LBFGS(params, lr)}. */
    public LBFGS(Iterable<? extends Tensor> params, double lr) {
        this(params, options().lr(lr));
    }

    /** PyTorch: {@code LBFGS(params, lr=..., ...)}. */
    public LBFGS(Iterable<? extends Tensor> params, Options options) {
        super(params, options.defaults());
        this.params = paramGroups().get(0).params();
    }

    /** PyTorch: {@code LBFGS([{'params': ...}], ...)}; more than one group is refused as in PyTorch. */
    public LBFGS(List<ParamGroup> groups, Options options) {
        super(groups, options.defaults());
        if (paramGroups().size() != 1) {
            throw new IllegalArgumentException("LBFGS doesn't support per-parameter options (parameter groups)");
        }
        this.params = paramGroups().get(0).params();
    }

    @Override
    protected void update(ParamGroup group) {
        throw new UnsupportedOperationException("LBFGS.step needs a closure");
    }

    /** LBFGS needs the closure. PyTorch: {@code LBFGS.step(closure)} (calling it without one fails). */
    @Override
    public Tensor step() {
        throw new IllegalArgumentException("LBFGS.step() missing 1 required positional argument: 'closure'");
    }

    private static double f32(double v) {
        return (float) v;
    }

    private int numel() {
        int n = 0;
        for (Tensor p : params) {
            n += p.numel();
        }
        return n;
    }

    // the flat gradient as a double[] holding float32 values (zeros for parameters without grad)
    private double[] gatherFlatGrad() {
        double[] out = new double[numel()];
        int off = 0;
        for (Tensor p : params) {
            Tensor g = p.grad();
            if (g != null) {
                Flat gf = Flat.of(g);
                for (int i = 0; i < gf.n; i++) {
                    out[off + i] = gf.get(i);
                }
            }
            off += p.numel();
        }
        return out;
    }

    // p.add_(update[view], alpha=stepSize) for every parameter
    private void addGrad(double stepSize, double[] update) {
        int off = 0;
        for (Tensor p : params) {
            Prec P = Prec.of(p);
            Flat pf = Flat.of(p);
            for (int i = 0; i < pf.n; i++) {
                pf.set(i, P.addAlpha(pf.get(i), update[off + i], stepSize));
            }
            pf.commit();
            off += pf.n;
        }
    }

    private List<Tensor> cloneParams() {
        List<Tensor> out = new ArrayList<>();
        for (Tensor p : params) {
            out.add(p.clone());
        }
        return out;
    }

    private void setParams(List<Tensor> values) {
        for (int i = 0; i < params.size(); i++) {
            params.get(i).copy_(values.get(i));
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return f32(s);
    }

    private static double absMax(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private static double absSum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += Math.abs(v);
        }
        return f32(s);
    }

    private static double[] scaled(double[] a, double s) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = f32(a[i] * f32(s));
        }
        return out;
    }

    // x.add_(y, alpha) in float32
    private static void axpy(double[] x, double[] y, double alpha) {
        float a = (float) alpha;
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.fma(a, (float) y[i], (float) x[i]);
        }
    }

    private double evaluate(Supplier<Tensor> closure) {
        try (var g = Torch.enableGrad()) {
            return closure.get().item();
        }
    }

    private record Eval(double loss, double[] grad) {
    }

    private Eval directionalEvaluate(Supplier<Tensor> closure, List<Tensor> x, double t, double[] d) {
        addGrad(t, d);
        double loss = evaluate(closure);
        double[] g = gatherFlatGrad();
        setParams(x);
        return new Eval(loss, g);
    }

    /**
     * Runs up to {@code max_iter} L-BFGS iterations, re-evaluating {@code closure}; returns the loss of the
     * first evaluation. PyTorch: {@code LBFGS.step(closure)}.
     */
    @Override
    @SuppressWarnings("unchecked")
    public Tensor step(Supplier<Tensor> closure) {
        if (closure == null) {
            return step();
        }
        countStep();
        ParamGroup group = paramGroups().get(0);
        double lr = group.lr();
        int maxIter = group.getInt("max_iter");
        int maxEval = group.getInt("max_eval");
        double tolGrad = group.getDouble("tolerance_grad");
        double tolChange = group.getDouble("tolerance_change");
        String lineSearch = (String) group.get("line_search_fn");
        int historySize = group.getInt("history_size");
        Map<String, Object> state = state(params.get(0));
        state.putIfAbsent("func_evals", 0);
        state.putIfAbsent("n_iter", 0);

        Tensor origLoss;
        try (var g = Torch.enableGrad()) {
            origLoss = closure.get();
        }
        try (var ng = Torch.noGrad()) {
            double loss = origLoss.item();
            int currentEvals = 1;
            state.put("func_evals", (Integer) state.get("func_evals") + 1);
            double[] flatGrad = gatherFlatGrad();
            if (absMax(flatGrad) <= tolGrad) {
                return origLoss;
            }
            double[] d = (double[]) state.get("d");
            Double tObj = (Double) state.get("t");
            double t = tObj == null ? 0 : tObj;
            List<double[]> oldDirs = (List<double[]>) state.get("old_dirs");
            List<double[]> oldStps = (List<double[]>) state.get("old_stps");
            List<Double> ro = (List<Double>) state.get("ro");
            Double hDiagObj = (Double) state.get("H_diag");
            double hDiag = hDiagObj == null ? 1 : hDiagObj;
            double[] prevFlatGrad = (double[]) state.get("prev_flat_grad");
            Double prevLoss = (Double) state.get("prev_loss");
            int nIter = 0;
            while (nIter < maxIter) {
                nIter++;
                int globalIter = (Integer) state.get("n_iter") + 1;
                state.put("n_iter", globalIter);
                if (globalIter == 1) {
                    d = scaled(flatGrad, -1);
                    oldDirs = new ArrayList<>();
                    oldStps = new ArrayList<>();
                    ro = new ArrayList<>();
                    hDiag = 1;
                } else {
                    double[] y = new double[flatGrad.length];
                    for (int i = 0; i < y.length; i++) {
                        y[i] = f32(flatGrad[i] - prevFlatGrad[i]);
                    }
                    double[] s = scaled(d, t);
                    double ys = dot(y, s);
                    if (ys > 1e-10) {
                        if (oldDirs.size() == historySize) {
                            oldDirs.remove(0);
                            oldStps.remove(0);
                            ro.remove(0);
                        }
                        oldDirs.add(y);
                        oldStps.add(s);
                        ro.add(f32(1. / ys));
                        hDiag = f32(ys / dot(y, y));
                    }
                    int numOld = oldDirs.size();
                    double[] al = new double[historySize];
                    double[] q = scaled(flatGrad, -1);
                    for (int i = numOld - 1; i >= 0; i--) {
                        al[i] = f32(dot(oldStps.get(i), q) * ro.get(i));
                        axpy(q, oldDirs.get(i), -al[i]);
                    }
                    double[] r = scaled(q, hDiag);
                    for (int i = 0; i < numOld; i++) {
                        double be = f32(dot(oldDirs.get(i), r) * ro.get(i));
                        axpy(r, oldStps.get(i), f32(al[i] - be));
                    }
                    d = r;
                }
                prevFlatGrad = flatGrad.clone();
                prevLoss = loss;
                if (globalIter == 1) {
                    double inv = f32(1. / absSum(flatGrad));
                    t = inv < 1. ? f32(inv * lr) : lr;
                } else {
                    t = lr;
                }
                double gtd = dot(flatGrad, d);
                if (gtd > -tolChange) {
                    break;
                }
                int lsEvals = 0;
                boolean optCond = false;
                if (lineSearch != null) {
                    if (!"strong_wolfe".equals(lineSearch)) {
                        throw new IllegalArgumentException("only 'strong_wolfe' is supported");
                    }
                    List<Tensor> xInit = cloneParams();
                    Wolfe w = strongWolfe(closure, xInit, t, d, loss, flatGrad, gtd, tolChange);
                    loss = w.loss;
                    flatGrad = w.grad;
                    t = w.t;
                    lsEvals = w.evals;
                    addGrad(t, d);
                    optCond = absMax(flatGrad) <= tolGrad;
                } else {
                    addGrad(t, d);
                    if (nIter != maxIter) {
                        loss = evaluate(closure);
                        flatGrad = gatherFlatGrad();
                        optCond = absMax(flatGrad) <= tolGrad;
                        lsEvals = 1;
                    }
                }
                currentEvals += lsEvals;
                state.put("func_evals", (Integer) state.get("func_evals") + lsEvals);
                if (nIter == maxIter || currentEvals >= maxEval || optCond) {
                    break;
                }
                if (absMax(scaled(d, t)) <= tolChange) {
                    break;
                }
                if (Math.abs(loss - prevLoss) < tolChange) {
                    break;
                }
            }
            state.put("d", d);
            state.put("t", t);
            state.put("old_dirs", oldDirs);
            state.put("old_stps", oldStps);
            state.put("ro", ro);
            state.put("H_diag", hDiag);
            state.put("prev_flat_grad", prevFlatGrad);
            state.put("prev_loss", prevLoss);
        }
        return origLoss;
    }

    private static double cubicInterpolate(double x1, double f1, double g1, double x2, double f2, double g2,
            double[] bounds) {
        double lo;
        double hi;
        if (bounds != null) {
            lo = bounds[0];
            hi = bounds[1];
        } else {
            lo = Math.min(x1, x2);
            hi = Math.max(x1, x2);
        }
        double d1 = g1 + g2 - 3 * (f1 - f2) / (x1 - x2);
        double d2Square = d1 * d1 - g1 * g2;
        if (d2Square >= 0) {
            double d2 = Math.sqrt(d2Square);
            double minPos = x1 <= x2
                    ? x2 - (x2 - x1) * ((g2 + d2 - d1) / (g2 - g1 + 2 * d2))
                    : x1 - (x1 - x2) * ((g1 + d2 - d1) / (g1 - g2 + 2 * d2));
            return Math.min(Math.max(minPos, lo), hi);
        }
        return (lo + hi) / 2.;
    }

    private record Wolfe(double loss, double[] grad, double t, int evals) {
    }

    private Wolfe strongWolfe(Supplier<Tensor> closure, List<Tensor> x, double t, double[] d, double f, double[] g,
            double gtd, double tolChange) {
        final double c1 = 1e-4;
        final double c2 = 0.9;
        final int maxLs = 25;
        double dNorm = absMax(d);
        Eval e = directionalEvaluate(closure, x, t, d);
        double fNew = e.loss;
        double[] gNew = e.grad;
        int evals = 1;
        double gtdNew = dot(gNew, d);
        double tPrev = 0;
        double fPrev = f;
        double[] gPrev = g;
        double gtdPrev = gtd;
        boolean done = false;
        int lsIter = 0;
        double[] bracket = null;
        double[] bracketF = null;
        double[][] bracketG = null;
        double[] bracketGtd = null;
        while (lsIter < maxLs) {
            if (fNew > (f + c1 * t * gtd) || (lsIter > 1 && fNew >= fPrev)) {
                bracket = new double[] {tPrev, t};
                bracketF = new double[] {fPrev, fNew};
                bracketG = new double[][] {gPrev, gNew};
                bracketGtd = new double[] {gtdPrev, gtdNew};
                break;
            }
            if (Math.abs(gtdNew) <= -c2 * gtd) {
                bracket = new double[] {t};
                bracketF = new double[] {fNew};
                bracketG = new double[][] {gNew};
                done = true;
                break;
            }
            if (gtdNew >= 0) {
                bracket = new double[] {tPrev, t};
                bracketF = new double[] {fPrev, fNew};
                bracketG = new double[][] {gPrev, gNew};
                bracketGtd = new double[] {gtdPrev, gtdNew};
                break;
            }
            double minStep = t + 0.01 * (t - tPrev);
            double maxStep = t * 10;
            double tmp = t;
            t = cubicInterpolate(tPrev, fPrev, gtdPrev, t, fNew, gtdNew, new double[] {minStep, maxStep});
            tPrev = tmp;
            fPrev = fNew;
            gPrev = gNew;
            gtdPrev = gtdNew;
            e = directionalEvaluate(closure, x, t, d);
            fNew = e.loss;
            gNew = e.grad;
            evals++;
            gtdNew = dot(gNew, d);
            lsIter++;
        }
        if (lsIter == maxLs) {
            bracket = new double[] {0, t};
            bracketF = new double[] {f, fNew};
            bracketG = new double[][] {g, gNew};
        }
        boolean insufProgress = false;
        int lowPos = bracketF[0] <= bracketF[bracketF.length - 1] ? 0 : 1;
        int highPos = 1 - lowPos;
        while (!done && lsIter < maxLs) {
            if (Math.abs(bracket[1] - bracket[0]) * dNorm < tolChange) {
                break;
            }
            t = cubicInterpolate(bracket[0], bracketF[0], bracketGtd[0], bracket[1], bracketF[1], bracketGtd[1], null);
            double bMax = Math.max(bracket[0], bracket[1]);
            double bMin = Math.min(bracket[0], bracket[1]);
            double eps = 0.1 * (bMax - bMin);
            if (Math.min(bMax - t, t - bMin) < eps) {
                if (insufProgress || t >= bMax || t <= bMin) {
                    t = Math.abs(t - bMax) < Math.abs(t - bMin) ? bMax - eps : bMin + eps;
                    insufProgress = false;
                } else {
                    insufProgress = true;
                }
            } else {
                insufProgress = false;
            }
            e = directionalEvaluate(closure, x, t, d);
            fNew = e.loss;
            gNew = e.grad;
            evals++;
            gtdNew = dot(gNew, d);
            lsIter++;
            if (fNew > (f + c1 * t * gtd) || fNew >= bracketF[lowPos]) {
                bracket[highPos] = t;
                bracketF[highPos] = fNew;
                bracketG[highPos] = gNew;
                bracketGtd[highPos] = gtdNew;
                lowPos = bracketF[0] <= bracketF[1] ? 0 : 1;
                highPos = 1 - lowPos;
            } else {
                if (Math.abs(gtdNew) <= -c2 * gtd) {
                    done = true;
                } else if (gtdNew * (bracket[highPos] - bracket[lowPos]) >= 0) {
                    bracket[highPos] = bracket[lowPos];
                    bracketF[highPos] = bracketF[lowPos];
                    bracketG[highPos] = bracketG[lowPos];
                    bracketGtd[highPos] = bracketGtd[lowPos];
                }
                bracket[lowPos] = t;
                bracketF[lowPos] = fNew;
                bracketG[lowPos] = gNew;
                bracketGtd[lowPos] = gtdNew;
            }
        }
        if (bracket.length == 1) {
            lowPos = 0;
        }
        return new Wolfe(bracketF[lowPos], bracketG[lowPos], bracket[lowPos], evals);
    }
}
