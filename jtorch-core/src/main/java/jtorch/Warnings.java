package jtorch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * PyTorch's warnings: {@code UserWarning}s (Python's {@code warnings.warn} and C++'s {@code TORCH_WARN}) and
 * {@code TORCH_WARN_ONCE} warnings, with PyTorch's texts. Where PyTorch warns and computes, jtorch warns and
 * computes too.
 *
 * <ul>
 *   <li>Ordinary warnings ({@link #warn}) are shown once per call site, as Python's default filter shows them:
 *       once for each (message, first stack frame outside jtorch) pair.</li>
 *   <li>{@code TORCH_WARN_ONCE} warnings ({@link #warnOnce}) are shown once per process.</li>
 *   <li>Shown warnings go to {@link System.Logger} {@code "jtorch"} at level {@code WARNING}, as
 *       {@code "Site: UserWarning: message"}; {@link #setHandler} routes them elsewhere.</li>
 *   <li>{@link #setErrors(boolean)} (or {@code -Djtorch.warnings=error} at start-up) turns every warning
 *       into a {@link WarningException} (Python's {@code warnings.simplefilter("error")} / {@code -W error}),
 *       for tests; {@link #record} collects the warnings a block
 *       raises on this thread, each time they are raised (Python's
 *       {@code warnings.catch_warnings(record=True)} with {@code simplefilter("always")}).</li>
 * </ul>
 */
public final class Warnings {
    private Warnings() {
    }

    /** One warning: its category (e.g. {@code UserWarning}), text and the call site it is attributed to. */
    public record Warning(String category, String message, StackTraceElement site) {
        /** Python's one-line form, {@code "Site: UserWarning: message"}. */
        @Override
        public String toString() {
            return (site == null ? "" : site + ": ") + category + ": " + message;
        }
    }

    /** A warning raised as an exception while {@link #setErrors(boolean) errors} are on. */
    public static final class WarningException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Warning warning;

        WarningException(Warning warning) {
            super(warning.category() + ": " + warning.message());
            this.warning = warning;
        }

        /** The warning that was raised. */
        public Warning warning() {
            return warning;
        }
    }

    private static final System.Logger LOG = System.getLogger("jtorch");
    private static final Consumer<Warning> LOG_HANDLER = w -> LOG.log(System.Logger.Level.WARNING, w.toString());
    private static final Set<String> SHOWN = ConcurrentHashMap.newKeySet();
    private static final ThreadLocal<List<Warning>> RECORDING = new ThreadLocal<>();
    private static volatile boolean errors = "error".equals(System.getProperty("jtorch.warnings"));
    private static volatile Consumer<Warning> handler = LOG_HANDLER;
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final java.security.CodeSource LIBRARY = Warnings.class.getProtectionDomain().getCodeSource();

    /**
     * Raises a {@code UserWarning}, shown once per call site. PyTorch: {@code warnings.warn(message)} /
     * {@code TORCH_WARN(message)}.
     */
    public static void warn(String message) {
        emit("UserWarning", message, false);
    }

    /** Raises a warning of {@code category} (e.g. {@code "DeprecationWarning"}), shown once per call site. */
    public static void warn(String category, String message) {
        emit(category, message, false);
    }

    /**
     * Raises a {@code UserWarning} shown once per process, or every time after {@code Torch.setWarnAlways(true)}.
     * PyTorch: {@code TORCH_WARN_ONCE(message)}.
     */
    public static void warnOnce(String message) {
        emit("UserWarning", message, !GlobalFlags.warnAlways);
    }

    /** Turns warnings into {@link WarningException}s (true) or back into messages (false), for every thread. */
    public static void setErrors(boolean on) {
        errors = on;
    }

    /** Whether warnings are raised as exceptions. */
    public static boolean errors() {
        return errors;
    }

    /** Routes shown warnings to {@code h} instead of the {@code "jtorch"} System.Logger; null restores the logger. */
    public static void setHandler(Consumer<Warning> h) {
        handler = h == null ? LOG_HANDLER : h;
    }

    /**
     * Runs {@code block} and returns every warning it raised on this thread, each time it was raised (no
     * once-per-site filtering, nothing shown, no exceptions). PyTorch: {@code warnings.catch_warnings(record=True)}.
     */
    public static List<Warning> record(Runnable block) {
        List<Warning> outer = RECORDING.get();
        List<Warning> mine = new ArrayList<>();
        RECORDING.set(mine);
        try {
            block.run();
        } finally {
            if (outer == null) {
                RECORDING.remove();
            } else {
                RECORDING.set(outer);
            }
        }
        return mine;
    }

    private static void emit(String category, String message, boolean once) {
        StackTraceElement site = callSite();
        Warning w = new Warning(category, message, site);
        List<Warning> rec = RECORDING.get();
        if (rec != null) {
            rec.add(w);
            return;
        }
        if (errors) {
            throw new WarningException(w);
        }
        String key = once ? category + "\0" + message : category + "\0" + message + "\0" + site;
        if (SHOWN.add(key)) {
            handler.accept(w);
        }
    }

    // the first frame outside jtorch's own code (jtorch-core's jar or classes directory): the user's line
    private static StackTraceElement callSite() {
        return WALKER.walk(s -> s.filter(f -> !isLibrary(f.getDeclaringClass())).findFirst()
                .map(StackWalker.StackFrame::toStackTraceElement).orElse(null));
    }

    private static boolean isLibrary(Class<?> cls) {
        if (!cls.getName().startsWith("jtorch.") || cls.getName().startsWith("jtorch.examples.")) {
            return false;
        }
        java.security.CodeSource cs = cls.getProtectionDomain().getCodeSource();
        return LIBRARY == null || cs == null || LIBRARY.getLocation().equals(cs.getLocation());
    }
}
