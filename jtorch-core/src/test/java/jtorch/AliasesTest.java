package jtorch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * PyTorch's alias names (absolute, clip, divide, multiply, subtract, negative, fix, greater, ..., swapaxes,
 * ndimension) compute what the ops they alias compute, and the in-place forms as torch functions
 * ({@code torch.sin_(x)}) write into their argument, as in PyTorch.
 */
class AliasesTest {
    private static final Tensor X = Torch.tensor(new double[][] {{-1.5, 2.25, 0}, {3.5, -0.5, 7}});
    private static final Tensor Y = Torch.tensor(new double[][] {{2, -1, 4}, {0.5, 3, -2}});

    private static void same(Tensor expected, Tensor actual) {
        assertEquals(expected.toString(), actual.toString());
    }

    @Test
    void aliasesComputeWhatTheirOpsCompute() {
        same(X.abs(), X.absolute());
        same(X.abs(), Torch.absolute(X));
        same(X.neg(), X.negative());
        same(X.trunc(), Torch.fix(X));
        same(X.clamp(-1.0, 1.0), X.clip(-1.0, 1.0));
        same(X.clamp(-1L, 1L), Torch.clip(X, -1L, 1L));
        same(X.mul(Y), X.multiply(Y));
        same(X.mul(2.5), Torch.multiply(X, 2.5));
        same(X.div(Y), X.divide(Y));
        same(X.div(Y, "floor"), Torch.divide(X, Y, "floor"));
        same(X.div(Y), X.trueDivide(Y));
        same(X.sub(Y), X.subtract(Y));
        same(X.sub(Y, 2.0), Torch.subtract(X, Y, 2.0));
        same(X.gt(Y), X.greater(Y));
        same(X.ge(0.0), X.greaterEqual(0.0));
        same(X.lt(Y), Torch.less(X, Y));
        same(X.le(1L), X.lessEqual(1L));
        same(X.ne(Y), X.notEqual(Y));
        same(X.transpose(0, 1), X.swapaxes(0, 1));
        same(X.transpose(1, 0), Torch.swapdims(X, 1, 0));
        assertEquals(X.dim(), X.ndimension());
        assertEquals(X.numel(), X.nelement());
        // an alias records its op's node
        assertEquals("AsinBackward0", Torch.arcsin(X.div(10).requiresGrad_(true)).gradFn().name());
        assertEquals("AbsBackward0", X.clone().requiresGrad_(true).absolute().gradFn().name());
    }

    @Test
    void inPlaceTorchFunctionsWriteIntoTheirArgument() {
        List<UnaryOperator<Tensor>> ops = List.of(Torch::abs_, Torch::ceil_, Torch::cos_, Torch::erf_, Torch::exp_,
                Torch::expm1_, Torch::floor_, Torch::frac_, Torch::neg_, Torch::negative_, Torch::fix_, Torch::relu_,
                Torch::round_, Torch::sigmoid_, Torch::sin_, Torch::square_, Torch::tan_, Torch::tanh_, Torch::trunc_,
                Torch::zero_);
        List<Function<Tensor, Tensor>> outOfPlace = List.of(Tensor::abs, Tensor::ceil, Tensor::cos, Tensor::erf,
                Tensor::exp, Tensor::expm1, Tensor::floor, Tensor::frac, Tensor::neg, Tensor::neg, Tensor::trunc,
                Tensor::relu, Tensor::round, Tensor::sigmoid, Tensor::sin, Tensor::square, Tensor::tan, Tensor::tanh,
                Tensor::trunc, Torch::zerosLike);
        for (int i = 0; i < ops.size(); i++) {
            Tensor x = X.clone();
            assertSame(x, ops.get(i).apply(x));
            same(outOfPlace.get(i).apply(X), x);
        }
        Tensor p = X.abs().add(0.5);
        for (UnaryOperator<Tensor> op : List.<UnaryOperator<Tensor>>of(Torch::log_, Torch::log2_, Torch::log10_,
                Torch::log1p_, Torch::sqrt_, Torch::rsqrt_, Torch::reciprocal_)) {
            Tensor x = p.clone();
            assertSame(x, op.apply(x));
        }
        Tensor c = X.clone();
        same(X.clamp(-1.0, 1.0), Torch.clip_(c, -1.0, 1.0));
        same(X.clamp(-1.0, 1.0), c);
    }
}
