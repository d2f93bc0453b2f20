package jtorch.utils.tensorboard;

import com.google.protobuf.ByteString;
import com.google.protobuf.ListValue;
import com.google.protobuf.TextFormat;
import com.google.protobuf.Value;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.nn.Module;
import jtorch.utils.tensorboard.proto.DataType;
import jtorch.utils.tensorboard.proto.EmbeddingInfo;
import jtorch.utils.tensorboard.proto.Event;
import jtorch.utils.tensorboard.proto.Experiment;
import jtorch.utils.tensorboard.proto.HParamDataType;
import jtorch.utils.tensorboard.proto.HParamInfo;
import jtorch.utils.tensorboard.proto.HParamsPluginData;
import jtorch.utils.tensorboard.proto.MetricInfo;
import jtorch.utils.tensorboard.proto.MetricName;
import jtorch.utils.tensorboard.proto.PrCurvePluginData;
import jtorch.utils.tensorboard.proto.ProjectorConfig;
import jtorch.utils.tensorboard.proto.SessionEndInfo;
import jtorch.utils.tensorboard.proto.SessionLog;
import jtorch.utils.tensorboard.proto.SessionStartInfo;
import jtorch.utils.tensorboard.proto.SpriteMetadata;
import jtorch.utils.tensorboard.proto.Status;
import jtorch.utils.tensorboard.proto.Summary;
import jtorch.utils.tensorboard.proto.TaggedRunMetadata;
import jtorch.utils.tensorboard.proto.SummaryMetadata;
import jtorch.utils.tensorboard.proto.TensorProto;
import jtorch.utils.tensorboard.proto.TensorShapeProto;
import jtorch.utils.tensorboard.proto.TextPluginData;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes TensorBoard event files: PyTorch's {@code torch.utils.tensorboard.SummaryWriter} (TensorBoardX's
 * {@code SummaryWriter}). Values go to {@code events.out.tfevents.*} files in the log directory — by default
 * {@code runs/<MonDD_HH-MM-SS>_<host><comment>} — that {@code tensorboard --logdir runs} reads.
 *
 * <pre>{@code
 * try (var writer = new SummaryWriter()) {
 *     writer.addScalar("Train Loss", loss, epoch);
 * }
 * }</pre>
 */
public final class SummaryWriter implements AutoCloseable {

    /** Keyword arguments of the constructor. */
    public static final class Options {
        private Path logDir;
        private String comment = "";
        private Long purgeStep;
        private int maxQueue = 10;
        private int flushSecs = 120;
        private String filenameSuffix = "";

        private Options() {
        }

        /** {@code log_dir}: where the event files go (default {@code runs/<date>_<host><comment>}). */
        public Options logDir(Path dir) {
            this.logDir = dir;
            return this;
        }

        /** {@code log_dir} as a string path. */
        public Options logDir(String dir) {
            return logDir(Path.of(dir));
        }

        /** {@code comment}: suffix of the default log directory's name; ignored with an explicit log dir. */
        public Options comment(String c) {
            this.comment = c;
            return this;
        }

        /** {@code purge_step}: TensorBoard discards events at and after this step logged by an earlier crash. */
        public Options purgeStep(long step) {
            this.purgeStep = step;
            return this;
        }

        /** {@code max_queue}: events queued before they are written to disk (default 10). */
        public Options maxQueue(int n) {
            this.maxQueue = n;
            return this;
        }

        /** {@code flush_secs}: how often queued events are written to disk (default 120). */
        public Options flushSecs(int secs) {
            this.flushSecs = secs;
            return this;
        }

        /** {@code filename_suffix}: appended to every event file's name. */
        public Options filenameSuffix(String s) {
            this.filenameSuffix = s;
            return this;
        }
    }

    /** Keyword arguments of {@link #addEmbedding(Tensor, EmbeddingOptions)}. */
    public static final class EmbeddingOptions {
        private List<?> metadata;
        private List<String> metadataHeader;
        private Tensor labelImg;
        private long globalStep;
        private String tag = "default";

        private EmbeddingOptions() {
        }

        /** {@code metadata}: one label per row (or, with a header, one list of columns per row). */
        public EmbeddingOptions metadata(List<?> labels) {
            this.metadata = labels;
            return this;
        }

        /** {@code metadata_header}: column names when every metadata entry is a list of columns. */
        public EmbeddingOptions metadataHeader(List<String> header) {
            this.metadataHeader = header;
            return this;
        }

        /** {@code label_img}: [N, C, H, W] images in [0, 1] shown in place of the points (a sprite). */
        public EmbeddingOptions labelImg(Tensor images) {
            this.labelImg = images;
            return this;
        }

        /** {@code global_step} (default 0). */
        public EmbeddingOptions globalStep(long step) {
            this.globalStep = step;
            return this;
        }

        /** {@code tag} (default "default"). */
        public EmbeddingOptions tag(String t) {
            this.tag = t;
            return this;
        }
    }

    private final Options opts;
    private final EventFileWriter fileWriter;
    private final Map<String, EventFileWriter> allWriters = new LinkedHashMap<>();
    private final Map<String, List<double[]>> scalarDict = new LinkedHashMap<>();
    private ProjectorConfig.Builder projectorConfig;

    /** PyTorch: {@code SummaryWriter()} — logs to {@code runs/<MonDD_HH-MM-SS>_<host>}. */
    public SummaryWriter() {
        this(new Options());
    }

    /** PyTorch: {@code SummaryWriter(log_dir)}. */
    public SummaryWriter(String logDir) {
        this(new Options().logDir(logDir));
    }

    /** PyTorch: {@code SummaryWriter(log_dir)}. */
    public SummaryWriter(Path logDir) {
        this(new Options().logDir(logDir));
    }

    /**
     * PyTorch: {@code SummaryWriter(log_dir=None, comment='', purge_step=None, max_queue=10, flush_secs=120,
     * filename_suffix='')}.
     */
    public SummaryWriter(Options options) {
        this.opts = options;
        Path dir = options.logDir;
        if (dir == null) {
            String time = LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMMdd_HH-mm-ss", Locale.ENGLISH));
            dir = Path.of("runs", time + "_" + EventFileWriter.hostname() + options.comment);
        }
        this.fileWriter = new EventFileWriter(dir, options.maxQueue, options.flushSecs, options.filenameSuffix);
        if (options.purgeStep != null) {
            fileWriter.add(Event.newBuilder().setWallTime(EventFileWriter.now()).setStep(options.purgeStep)
                    .setSessionLog(SessionLog.newBuilder().setStatus(SessionLog.SessionStatus.START)).build());
        }
    }

    /** Keyword arguments for {@link #SummaryWriter(Options)}. */
    public static Options options() {
        return new Options();
    }

    /** Keyword arguments for {@link #addEmbedding(Tensor, EmbeddingOptions)}. */
    public static EmbeddingOptions embeddingOptions() {
        return new EmbeddingOptions();
    }

    /** The run directory. PyTorch: {@code get_logdir()}. */
    public Path getLogDir() {
        return fileWriter.getLogDir();
    }

    /** The main event file (scalars of {@link #addScalars} go to files in sub-runs). */
    public Path getEventFile() {
        return fileWriter.getFile();
    }

    // ---------------------------------------------------------------- writing events

    private void write(EventFileWriter w, Summary s, Long step, double walltime) {
        Event.Builder e = Event.newBuilder().setWallTime(walltime).setSummary(s);
        if (step != null) {
            e.setStep(step);
        }
        w.add(e.build());
    }

    private void write(Summary s, Long step) {
        write(fileWriter, s, step, EventFileWriter.now());
    }

    private static Summary one(Summary.Value.Builder v) {
        return Summary.newBuilder().addValue(v).build();
    }

    private static SummaryMetadata plugin(String name, ByteString content) {
        return SummaryMetadata.newBuilder()
                .setPluginData(SummaryMetadata.PluginData.newBuilder().setPluginName(name).setContent(content)).build();
    }

    // ---------------------------------------------------------------- scalars

    /** PyTorch: {@code add_scalar(tag, scalar_value)} (no step). */
    public void addScalar(String tag, double value) {
        addScalar(tag, value, null, EventFileWriter.now());
    }

    /** PyTorch: {@code add_scalar(tag, scalar_value, global_step)}. */
    public void addScalar(String tag, double value, long globalStep) {
        addScalar(tag, value, globalStep, EventFileWriter.now());
    }

    /** PyTorch: {@code add_scalar(tag, scalar_value, global_step, walltime)}. */
    public void addScalar(String tag, double value, long globalStep, double walltime) {
        addScalar(tag, value, (Long) globalStep, walltime);
    }

    private void addScalar(String tag, double value, Long step, double walltime) {
        write(fileWriter, one(Summary.Value.newBuilder().setTag(tag).setSimpleValue((float) value)), step, walltime);
        remember(tag, value, step, walltime);
    }

    /** PyTorch: {@code add_scalar(tag, scalar_tensor, global_step)} for a one-element tensor. */
    public void addScalar(String tag, Tensor value, long globalStep) {
        addScalar(tag, value.item(), globalStep);
    }

    private void remember(String key, double value, Long step, double walltime) {
        synchronized (scalarDict) {
            scalarDict.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new double[] {walltime, step == null ? 0 : step, (float) value});
        }
    }

    /**
     * Several curves in one chart: each tag goes to its own sub-run {@code <logdir>/<mainTag with / as _>_<tag>}
     * under the tag {@code mainTag}. PyTorch: {@code add_scalars(main_tag, tag_scalar_dict, global_step)}.
     */
    public void addScalars(String mainTag, Map<String, ? extends Number> tagScalarDict, long globalStep) {
        double walltime = EventFileWriter.now();
        for (Map.Entry<String, ? extends Number> e : tagScalarDict.entrySet()) {
            String fwTag = getLogDir() + "/" + mainTag.replace("/", "_") + "_" + e.getKey();
            EventFileWriter fw;
            synchronized (allWriters) {
                fw = allWriters.computeIfAbsent(fwTag,
                        k -> new EventFileWriter(Path.of(k), opts.maxQueue, opts.flushSecs, opts.filenameSuffix));
            }
            double v = e.getValue().doubleValue();
            write(fw, one(Summary.Value.newBuilder().setTag(mainTag).setSimpleValue((float) v)), globalStep, walltime);
            remember(fwTag, v, globalStep, walltime);
        }
    }

    /**
     * Writes every scalar logged so far as JSON: {@code {"tag": [[walltime, step, value], ...], ...}} (sub-run
     * scalars of {@link #addScalars} under their sub-run path). TensorBoardX: {@code export_scalars_to_json(path)}.
     */
    public void exportScalarsToJson(Path path) {
        StringBuilder sb = new StringBuilder("{");
        synchronized (scalarDict) {
            boolean first = true;
            for (Map.Entry<String, List<double[]>> e : scalarDict.entrySet()) {
                sb.append(first ? "" : ", ").append(jsonString(e.getKey())).append(": [");
                first = false;
                for (int i = 0; i < e.getValue().size(); i++) {
                    double[] r = e.getValue().get(i);
                    sb.append(i == 0 ? "" : ", ").append('[').append(PyFloat.repr(r[0])).append(", ")
                            .append((long) r[1]).append(", ").append(PyFloat.repr(r[2])).append(']');
                }
                sb.append(']');
            }
        }
        sb.append('}');
        try {
            Files.writeString(path, sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    // ---------------------------------------------------------------- histograms

    /**
     * A histogram over TensorBoard's default buckets ({@code ±1e-12 * 1.1^k} and 0), empty buckets trimmed.
     * PyTorch: {@code add_histogram(tag, values, global_step, bins='tensorflow')}.
     */
    public void addHistogram(String tag, Tensor values, long globalStep) {
        addHistogram(tag, values, globalStep, "tensorflow");
    }

    /** PyTorch: {@code add_histogram(tag, values, global_step, bins)} with {@code bins='tensorflow'}. */
    public void addHistogram(String tag, Tensor values, long globalStep, String bins) {
        if (!bins.equals("tensorflow")) {
            throw new IllegalArgumentException("bins must be 'tensorflow' or a number of bins, got '" + bins + "'");
        }
        double[] v = values.toDoubleArray();
        write(one(Summary.Value.newBuilder().setTag(tag)
                .setHisto(Histograms.make(v, Histograms.tensorflowBins(), values.dtype() == DType.FLOAT32))), globalStep);
    }

    /** {@code bins} equal-width bins from min to max. PyTorch: {@code add_histogram(tag, values, global_step, bins=n)}. */
    public void addHistogram(String tag, Tensor values, long globalStep, int bins) {
        double[] v = values.toDoubleArray();
        if (v.length == 0) {
            throw new IllegalArgumentException("The input has no element.");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        boolean f32 = values.dtype() == DType.FLOAT32;
        write(one(Summary.Value.newBuilder().setTag(tag)
                .setHisto(Histograms.make(v, Histograms.uniformEdges(min, max, bins, f32), f32))), globalStep);
    }

    // ---------------------------------------------------------------- images

    /** A [C, H, W] image (float in [0, 1] or uint8), PNG-encoded. PyTorch: {@code add_image(tag, img_tensor, global_step)}. */
    public void addImage(String tag, Tensor img, long globalStep) {
        addImage(tag, img, globalStep, "CHW");
    }

    /**
     * An image in the given layout: {@code CHW}, {@code HWC} or {@code HW}.
     * PyTorch: {@code add_image(tag, img_tensor, global_step, dataformats='CHW')}.
     */
    public void addImage(String tag, Tensor img, long globalStep, String dataformats) {
        writeImage(tag, Images.toHwc(img, dataformats), globalStep);
    }

    /**
     * A batch [N, C, H, W] tiled eight to a row into one image.
     * PyTorch: {@code add_images(tag, img_tensor, global_step, dataformats='NCHW')}.
     */
    public void addImages(String tag, Tensor imgs, long globalStep) {
        addImages(tag, imgs, globalStep, "NCHW");
    }

    /** PyTorch: {@code add_images(tag, img_tensor, global_step, dataformats)} with {@code NCHW} or {@code NHWC}. */
    public void addImages(String tag, Tensor imgs, long globalStep, String dataformats) {
        if (dataformats.length() != 4) {
            throw new IllegalArgumentException("add_images takes NCHW or NHWC, got " + dataformats);
        }
        writeImage(tag, Images.toHwc(imgs, dataformats), globalStep);
    }

    private void writeImage(String tag, Images.Hwc hwc, long step) {
        writeImage(tag, hwc.h(), hwc.w(), hwc.c(), hwc.png(), step);
    }

    private void writeImage(String tag, int h, int w, int c, byte[] png, long step) {
        write(one(Summary.Value.newBuilder().setTag(tag).setImage(Summary.Image.newBuilder().setHeight(h).setWidth(w)
                .setColorspace(c).setEncodedImageString(ByteString.copyFrom(png)))), step);
    }

    /**
     * A video [N, T, C, H, W] (float in [0, 1] or uint8) as an animated GIF at 4 frames per second.
     * PyTorch: {@code add_video(tag, vid_tensor, global_step, fps=4)}.
     */
    public void addVideo(String tag, Tensor vidTensor, long globalStep) {
        addVideo(tag, vidTensor, globalStep, 4);
    }

    /**
     * A video [N, T, C, H, W] as an animated GIF that loops forever, the batch tiled into each frame as PyTorch's
     * {@code _prepare_video} does (N padded to a power of two with black videos, {@code 2^((bits(N) - 1) / 2)}
     * rows). TensorBoard shows it in the image dashboard. PyTorch: {@code add_video(tag, vid_tensor, global_step,
     * fps)}.
     */
    public void addVideo(String tag, Tensor vidTensor, long globalStep, double fps) {
        Videos.Frames f = Videos.prepare(vidTensor);
        writeImage(tag, f.h(), f.w(), f.c(), Videos.gif(f, fps), globalStep);
    }

    /**
     * A chart rendered to a PNG image (the matplotlib figure of PyTorch is an XChart chart here).
     * PyTorch: {@code add_figure(tag, figure, global_step)}.
     */
    public void addFigure(String tag, Chart<?, ?> figure, long globalStep) {
        addFigure(tag, BitmapEncoder.getBufferedImage(figure), globalStep);
    }

    /** An already rendered picture. PyTorch: {@code add_figure(tag, figure, global_step)}. */
    public void addFigure(String tag, BufferedImage figure, long globalStep) {
        BufferedImage rgb = figure;
        if (figure.getType() != BufferedImage.TYPE_INT_RGB) {
            rgb = new BufferedImage(figure.getWidth(), figure.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.drawImage(figure, 0, 0, Color.WHITE, null);
            g.dispose();
        }
        writeImage(tag, rgb.getHeight(), rgb.getWidth(), 3, Images.png(rgb), globalStep);
    }

    /**
     * A [C, H, W] image with boxes {@code [N, 4]} ({@code xmin, ymin, xmax, ymax} in pixels) drawn in red, 2 px.
     * PyTorch: {@code add_image_with_boxes(tag, img_tensor, box_tensor, global_step)}.
     */
    public void addImageWithBoxes(String tag, Tensor img, Tensor boxes, long globalStep) {
        addImageWithBoxes(tag, img, boxes, globalStep, List.of());
    }

    /**
     * Boxes with a label each, drawn on a filled red tab above the box's top-left corner.
     * PyTorch: {@code add_image_with_boxes(tag, img_tensor, box_tensor, global_step, labels=labels)}.
     */
    public void addImageWithBoxes(String tag, Tensor img, Tensor boxes, long globalStep, List<String> labels) {
        if (boxes.dim() != 2 || boxes.size(1) != 4) {
            throw new IllegalArgumentException("box_tensor must be [N, 4], got " + java.util.Arrays.toString(boxes.sizes()));
        }
        int n = boxes.size(0);
        if (!labels.isEmpty() && labels.size() != n) {
            throw new IllegalArgumentException("Number of labels do not equal to number of box.");
        }
        BufferedImage image = Images.toHwc(img, "CHW").toImage();
        Graphics2D g = image.createGraphics();
        g.setStroke(new BasicStroke(2));
        double[] b = boxes.toDoubleArray();
        for (int i = 0; i < n; i++) {
            int x0 = (int) Math.round(b[4 * i]);
            int y0 = (int) Math.round(b[4 * i + 1]);
            int x1 = (int) Math.round(b[4 * i + 2]);
            int y1 = (int) Math.round(b[4 * i + 3]);
            g.setColor(Color.RED);
            g.drawRect(x0, y0, x1 - x0, y1 - y0);
            if (!labels.isEmpty()) {
                FontMetrics fm = g.getFontMetrics();
                int tw = fm.stringWidth(labels.get(i));
                int th = fm.getHeight();
                int ty = Math.max(0, y0 - th);
                g.fillRect(x0, ty, tw + 4, th);
                g.setColor(Color.BLACK);
                g.drawString(labels.get(i), x0 + 2, ty + fm.getAscent());
            }
        }
        g.dispose();
        writeImage(tag, image.getHeight(), image.getWidth(), 3, Images.png(image), globalStep);
    }

    // ---------------------------------------------------------------- graph

    /**
     * The model's graph, traced on one forward pass over {@code inputToModel} in eval mode: a {@code GraphDef}
     * event (nodes named by module scope, e.g. {@code Net/Conv2d[conv1]/convolution.1}, with their output shapes)
     * and a {@code step1} run-metadata event with each op's time in that pass.
     * PyTorch: {@code add_graph(model, input_to_model)}.
     */
    public void addGraph(Module model, Tensor... inputToModel) {
        addGraph(model, List.of(inputToModel), false);
    }

    /**
     * As {@link #addGraph(Module, Tensor...)}; {@code verbose} prints every node (name, op, inputs, output
     * shapes). PyTorch: {@code add_graph(model, input_to_model, verbose=False)}.
     */
    public void addGraph(Module model, List<Tensor> inputToModel, boolean verbose) {
        if (inputToModel.isEmpty()) {
            throw new IllegalArgumentException("add_graph needs an input to trace the model on");
        }
        GraphTracer.Traced t = GraphTracer.trace(model, inputToModel.toArray(new Tensor[0]));
        if (verbose) {
            System.out.println(TextFormat.printer().printToString(t.graph()));
        }
        double walltime = EventFileWriter.now();
        fileWriter.add(Event.newBuilder().setWallTime(walltime).setGraphDef(t.graph().toByteString()).build());
        fileWriter.add(Event.newBuilder().setWallTime(walltime).setTaggedRunMetadata(TaggedRunMetadata.newBuilder()
                .setTag("step1").setRunMetadata(t.runMetadata().toByteString())).build());
    }

    // ---------------------------------------------------------------- text, audio

    /**
     * Text (Markdown) shown by TensorBoard's text plugin under {@code <tag>/text_summary}.
     * PyTorch: {@code add_text(tag, text_string, global_step)}.
     */
    public void addText(String tag, String text, long globalStep) {
        TensorProto t = TensorProto.newBuilder().setDtype(DataType.DT_STRING)
                .addStringVal(ByteString.copyFromUtf8(text))
                .setTensorShape(TensorShapeProto.newBuilder().addDim(TensorShapeProto.Dim.newBuilder().setSize(1))).build();
        write(one(Summary.Value.newBuilder().setTag(tag + "/text_summary")
                .setMetadata(plugin("text", TextPluginData.newBuilder().setVersion(0).build().toByteString())).setTensor(t)),
                globalStep);
    }

    /**
     * Mono audio in [-1, 1] as a 16-bit PCM WAV clip. PyTorch: {@code add_audio(tag, snd_tensor, global_step,
     * sample_rate=44100)}.
     */
    public void addAudio(String tag, Tensor sound, long globalStep, int sampleRate) {
        float[] a = sound.toFloatArray();
        if (sound.numel() != Math.max(1, maxDim(sound.sizes()))) {
            throw new IllegalArgumentException("audio must be one channel (1-D after squeezing), got shape "
                    + java.util.Arrays.toString(sound.sizes()));
        }
        ByteBuffer pcm = ByteBuffer.allocate(2 * a.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : a) {
            float c = Math.max(-1f, Math.min(1f, x));
            pcm.putShort((short) (c * Short.MAX_VALUE));
        }
        byte[] wav = wav(pcm.array(), sampleRate);
        write(one(Summary.Value.newBuilder().setTag(tag).setAudio(Summary.Audio.newBuilder().setSampleRate(sampleRate)
                .setNumChannels(1).setLengthFrames(a.length).setEncodedAudioString(ByteString.copyFrom(wav))
                .setContentType("audio/wav"))), globalStep);
    }

    /** PyTorch: {@code add_audio(tag, snd_tensor, global_step)} at 44100 Hz. */
    public void addAudio(String tag, Tensor sound, long globalStep) {
        addAudio(tag, sound, globalStep, 44100);
    }

    private static int maxDim(int[] shape) {
        int m = 0;
        for (int s : shape) {
            m = Math.max(m, s);
        }
        return m;
    }

    static byte[] wav(byte[] pcm16, int rate) {
        ByteBuffer b = ByteBuffer.allocate(44 + pcm16.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + pcm16.length).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(pcm16.length).put(pcm16);
        return b.array();
    }

    // ---------------------------------------------------------------- PR curves

    /**
     * A precision-recall curve from 0/1 labels and probabilities at {@code min(numThresholds, 127)} thresholds.
     * PyTorch: {@code add_pr_curve(tag, labels, predictions, global_step, num_thresholds=127)}.
     */
    public void addPrCurve(String tag, Tensor labels, Tensor predictions, long globalStep) {
        addPrCurve(tag, labels, predictions, globalStep, 127);
    }

    /** PyTorch: {@code add_pr_curve(tag, labels, predictions, global_step, num_thresholds)}. */
    public void addPrCurve(String tag, Tensor labels, Tensor predictions, long globalStep, int numThresholds) {
        int n = Math.min(numThresholds, 127);
        double[][] data = PrCurves.compute(labels.toDoubleArray(), predictions.toFloatArray(), null, n);
        writePrCurve(tag, data, n, globalStep);
    }

    /**
     * A PR curve from counts already computed, each of length {@code numThresholds}.
     * PyTorch: {@code add_pr_curve_raw(tag, true_positive_counts, false_positive_counts, true_negative_counts,
     * false_negative_counts, precision, recall, global_step, num_thresholds=127)}.
     */
    public void addPrCurveRaw(String tag, Tensor truePositiveCounts, Tensor falsePositiveCounts,
                              Tensor trueNegativeCounts, Tensor falseNegativeCounts, Tensor precision, Tensor recall,
                              long globalStep, int numThresholds) {
        Tensor[] rows = {truePositiveCounts, falsePositiveCounts, trueNegativeCounts, falseNegativeCounts, precision, recall};
        double[][] data = new double[6][];
        for (int i = 0; i < 6; i++) {
            data[i] = rows[i].toDoubleArray();
            if (data[i].length != data[0].length) {
                throw new IllegalArgumentException("the six PR-curve rows must have one length, got "
                        + data[0].length + " and " + data[i].length);
            }
        }
        writePrCurve(tag, data, Math.min(numThresholds, 127), globalStep);
    }

    private void writePrCurve(String tag, double[][] data, int numThresholds, long step) {
        TensorProto.Builder t = TensorProto.newBuilder().setDtype(DataType.DT_FLOAT)
                .setTensorShape(TensorShapeProto.newBuilder()
                        .addDim(TensorShapeProto.Dim.newBuilder().setSize(data.length))
                        .addDim(TensorShapeProto.Dim.newBuilder().setSize(data[0].length)));
        for (double[] row : data) {
            for (double v : row) {
                t.addFloatVal((float) v);
            }
        }
        ByteString content = PrCurvePluginData.newBuilder().setVersion(0).setNumThresholds(numThresholds).build().toByteString();
        write(one(Summary.Value.newBuilder().setTag(tag).setMetadata(plugin("pr_curves", content)).setTensor(t)), step);
    }

    // ---------------------------------------------------------------- hparams

    /**
     * One hyper-parameter session in a sub-run {@code <logdir>/<time.time()>}: the experiment, session start
     * (hparam values) and end records of the hparams plugin, and each metric as a scalar there. Numbers are
     * FLOAT64 hparams, strings STRING, booleans BOOL. PyTorch: {@code add_hparams(hparam_dict, metric_dict)}.
     */
    public void addHparams(Map<String, ?> hparamDict, Map<String, ? extends Number> metricDict) {
        addHparams(hparamDict, metricDict, String.valueOf(System.currentTimeMillis() / 1000.0));
    }

    /** PyTorch: {@code add_hparams(hparam_dict, metric_dict, run_name=run_name)}. */
    public void addHparams(Map<String, ?> hparamDict, Map<String, ? extends Number> metricDict, String runName) {
        SessionStartInfo.Builder ssi = SessionStartInfo.newBuilder();
        List<HParamInfo> infos = new ArrayList<>();
        for (Map.Entry<String, ?> e : hparamDict.entrySet()) {
            Object v = e.getValue();
            HParamInfo.Builder info = HParamInfo.newBuilder().setName(e.getKey());
            if (v instanceof Boolean b) {
                ssi.putHparams(e.getKey(), Value.newBuilder().setBoolValue(b).build());
                info.setType(HParamDataType.DATA_TYPE_BOOL);
            } else if (v instanceof Number num) {
                ssi.putHparams(e.getKey(), Value.newBuilder().setNumberValue(num.doubleValue()).build());
                info.setType(HParamDataType.DATA_TYPE_FLOAT64);
            } else if (v instanceof String s) {
                ssi.putHparams(e.getKey(), Value.newBuilder().setStringValue(s).build());
                info.setType(HParamDataType.DATA_TYPE_STRING);
            } else if (v instanceof Tensor t) {
                ssi.putHparams(e.getKey(), Value.newBuilder().setNumberValue(t.toDoubleArray()[0]).build());
                info.setType(HParamDataType.DATA_TYPE_FLOAT64);
            } else {
                throw new IllegalArgumentException("value should be one of int, float, str, bool, or torch.Tensor, got "
                        + (v == null ? "null" : v.getClass().getName()) + " for " + e.getKey());
            }
            infos.add(info.build());
        }
        Experiment.Builder exp = Experiment.newBuilder().addAllHparamInfos(infos);
        for (String k : metricDict.keySet()) {
            exp.addMetricInfos(MetricInfo.newBuilder().setName(MetricName.newBuilder().setTag(k)));
        }
        Summary expS = hparamsSummary("_hparams_/experiment", HParamsPluginData.newBuilder().setVersion(0).setExperiment(exp));
        Summary ssiS = hparamsSummary("_hparams_/session_start_info",
                HParamsPluginData.newBuilder().setVersion(0).setSessionStartInfo(ssi));
        Summary seiS = hparamsSummary("_hparams_/session_end_info", HParamsPluginData.newBuilder().setVersion(0)
                .setSessionEndInfo(SessionEndInfo.newBuilder().setStatus(Status.STATUS_SUCCESS)));
        try (SummaryWriter w = new SummaryWriter(options().logDir(getLogDir().resolve(runName))
                .maxQueue(opts.maxQueue).flushSecs(opts.flushSecs).filenameSuffix(opts.filenameSuffix))) {
            w.write(expS, null);
            w.write(ssiS, null);
            w.write(seiS, null);
            for (Map.Entry<String, ? extends Number> m : metricDict.entrySet()) {
                w.addScalar(m.getKey(), m.getValue().doubleValue());
            }
        }
    }

    private static Summary hparamsSummary(String tag, HParamsPluginData.Builder data) {
        return one(Summary.Value.newBuilder().setTag(tag).setMetadata(plugin("hparams", data.build().toByteString())));
    }

    // ---------------------------------------------------------------- embeddings

    /** PyTorch: {@code add_embedding(mat)} — an [N, D] matrix for the projector, step 0, tag "default". */
    public void addEmbedding(Tensor mat) {
        addEmbedding(mat, embeddingOptions());
    }

    /** PyTorch: {@code add_embedding(mat, metadata)}. */
    public void addEmbedding(Tensor mat, List<?> metadata) {
        addEmbedding(mat, embeddingOptions().metadata(metadata));
    }

    /**
     * Writes {@code <step:05d>/<tag>/tensors.tsv} (and {@code metadata.tsv}, {@code sprite.png}) under the log
     * directory and rewrites {@code projector_config.pbtxt} listing every embedding so far.
     * PyTorch: {@code add_embedding(mat, metadata=None, label_img=None, global_step=None, tag='default',
     * metadata_header=None)}.
     */
    public void addEmbedding(Tensor mat, EmbeddingOptions o) {
        if (mat.dim() != 2) {
            throw new IllegalArgumentException("mat must be [N, D], got " + java.util.Arrays.toString(mat.sizes()));
        }
        int n = mat.size(0);
        int d = mat.size(1);
        String step = String.format("%05d", o.globalStep);
        String subdir = step + "/" + o.tag.replace("%", "%25").replace("/", "%2f");
        Path save = getLogDir().resolve(subdir);
        EmbeddingInfo.Builder info = EmbeddingInfo.newBuilder().setTensorName(o.tag + ":" + step)
                .setTensorPath(subdir + "/tensors.tsv");
        try {
            Files.createDirectories(save);
            if (o.metadata != null) {
                if (o.metadata.size() != n) {
                    throw new IllegalArgumentException("#labels should equal with #data points: " + o.metadata.size() + " vs " + n);
                }
                StringBuilder sb = new StringBuilder();
                if (o.metadataHeader != null) {
                    sb.append(String.join("\t", o.metadataHeader)).append('\n');
                    for (Object row : o.metadata) {
                        List<?> cols = (List<?>) row;
                        if (cols.size() != o.metadataHeader.size()) {
                            throw new IllegalArgumentException("metadata rows need " + o.metadataHeader.size() + " columns");
                        }
                        sb.append(String.join("\t", cols.stream().map(SummaryWriter::pyStr).toList())).append('\n');
                    }
                } else {
                    for (Object x : o.metadata) {
                        sb.append(pyStr(x)).append('\n');
                    }
                }
                Files.writeString(save.resolve("metadata.tsv"), sb);
                info.setMetadataPath(subdir + "/metadata.tsv");
            }
            if (o.labelImg != null) {
                if (o.labelImg.dim() != 4 || o.labelImg.size(0) != n) {
                    throw new IllegalArgumentException("#images should equal with #data points and be [N, C, H, W]");
                }
                Files.write(save.resolve("sprite.png"), sprite(o.labelImg));
                info.setSprite(SpriteMetadata.newBuilder().setImagePath(subdir + "/sprite.png")
                        .addSingleImageDim(o.labelImg.size(3)).addSingleImageDim(o.labelImg.size(2)));
            }
            double[] v = mat.toDoubleArray();
            if (mat.dtype() == DType.FLOAT32) {
                float[] f = mat.toFloatArray();
                for (int i = 0; i < f.length; i++) {
                    v[i] = f[i];
                }
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    sb.append(j == 0 ? "" : "\t").append(mat.dtype().isFloatingPoint()
                            ? PyFloat.repr(v[i * d + j]) : Long.toString((long) v[i * d + j]));
                }
                sb.append('\n');
            }
            Files.writeString(save.resolve("tensors.tsv"), sb);
            synchronized (this) {
                if (projectorConfig == null) {
                    projectorConfig = ProjectorConfig.newBuilder();
                }
                projectorConfig.addEmbeddings(info);
                Files.writeString(getLogDir().resolve("projector_config.pbtxt"),
                        TextFormat.printer().printToString(projectorConfig.build()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pyStr(Object x) {
        if (x instanceof Double dd) {
            return PyFloat.repr(dd);
        }
        if (x instanceof Float ff) {
            return PyFloat.repr(ff);
        }
        if (x instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return String.valueOf(x);
    }

    /**
     * PyTorch's {@code make_sprite}: the images tiled {@code ceil(sqrt(N))} to a row, padded with black to a
     * square, values x255 clipped and truncated.
     */
    private static byte[] sprite(Tensor labelImg) {
        int n = labelImg.size(0);
        int nrow = (int) Math.ceil(Math.sqrt(n));
        Tensor grid = Images.grid(labelImg.toFloat(), nrow); // [3, H * rows, W * cols]
        int gh = grid.size(1);
        int gw = grid.size(2);
        int[] px = Images.toBytes(grid.contiguous());
        BufferedImage img = new BufferedImage(gw, gw, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < Math.min(gh, gw); y++) {
            for (int x = 0; x < gw; x++) {
                int i = y * gw + x;
                img.setRGB(x, y, px[i] << 16 | px[gh * gw + i] << 8 | px[2 * gh * gw + i]);
            }
        }
        return Images.png(img);
    }

    // ---------------------------------------------------------------- lifecycle

    /** Writes queued events of this writer and its sub-run writers to disk. PyTorch: {@code flush()}. */
    public void flush() {
        fileWriter.flush();
        synchronized (allWriters) {
            allWriters.values().forEach(EventFileWriter::flush);
        }
    }

    /** Flushes and closes every event file. PyTorch: {@code close()}. */
    @Override
    public void close() {
        fileWriter.close();
        synchronized (allWriters) {
            allWriters.values().forEach(EventFileWriter::close);
            allWriters.clear();
        }
    }
}
