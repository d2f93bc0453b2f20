package jtorch.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.Module;
import jtorch.nn.functional.F;
import jtorch.utils.plot.Grids;
import jtorch.utils.tensorboard.SummaryWriter;
import jtorch.vision.models.LeNet;

/**
 * The seed's kernel and feature-map visualisation (notes 003, "卷积核可视化" / "特征图可视化") into TensorBoard:
 * for every convolution weight, one {@code make_grid(w[j].unsqueeze(1), normalize=True, scale_each=True,
 * nrow=c_in)} image per output channel ({@code <key>_split_in_channel}, printing {@code print(k, v.size(), j)}) and
 * one of all kernels ({@code <key>_all}); then one test image through the layers one by one ({@code print(x.size())}
 * after each) with conv1's feature maps as {@code conv1_feature_maps} ({@code make_grid(x.transpose(0, 1), nrow=2)})
 * and the raw image. The seed loads its trained {@code net_params.pkl}; here the net is {@code Net()} after
 * {@code torch.manual_seed(0)}, trained one epoch on 800 images (none with {@code --quick}). The grids' sizes and
 * sums are printed too, to compare with PyTorch. {@code tensorboard --logdir <out>} shows them.
 */
final class Visualisation {
    private Visualisation() {
    }

    static void run(PrintStream out, Path dir, boolean quick) {
        Torch.manualSeed(0);
        LeNet net = new LeNet();
        if (!quick) {
            LeNetTraining.epoch(out, net, new jtorch.optim.SGD(net.parameters(), jtorch.optim.SGD.options(0.01)
                    .momentum(0.9)), LeNetTraining.loader(SeedData.lenetInput(SeedData.trainImages(800)),
                    SeedData.trainLabels(800)), 1, 0);
        }
        try (SummaryWriter writer = new SummaryWriter(dir)) {
            Map<String, Tensor> params = net.stateDict();
            for (Map.Entry<String, Tensor> e : params.entrySet()) {
                String k = e.getKey();
                Tensor v = e.getValue();
                if (k.contains("conv") && k.contains("weight")) {
                    int cOut = v.size(0);
                    for (int j = 0; j < cOut; j++) {
                        out.println(k + " " + Py.size(v) + " " + j);
                        writer.addImage(k + "_split_in_channel", Grids.kernels(v, j), j);
                    }
                    Tensor all = Grids.kernels(v);
                    writer.addImage(k + "_all", all, 666);
                    out.printf(Locale.ROOT, "%s_all %s %.4f%n", k, Py.size(all), all.sum().item());
                }
            }
            Tensor img = SeedData.lenetInput(SeedData.testImages(1));
            Tensor x = img;
            try (var g = Torch.noGrad()) {
                String[] names = {"conv1", "pool1", "conv2", "pool2", "fc1", "fc2", "fc3"};
                Map<String, Module> children = net.namedChildren();
                for (String name : names) {
                    if (name.startsWith("fc")) {
                        x = x.view(x.size(0), -1);
                    }
                    x = name.startsWith("pool") ? F.maxPool2d(x, 2) : children.get(name).call(x);
                    out.println(Py.size(x));
                    if (name.startsWith("conv")) {
                        x = F.relu(x);
                    }
                    if (name.equals("conv1")) {
                        Tensor grid = Grids.featureMaps(x, 2);
                        writer.addImage("conv1_feature_maps", grid, 666);
                        out.printf(Locale.ROOT, "conv1_feature_maps %s %.4f%n", Py.size(grid), grid.sum().item());
                    }
                }
            }
            // the raw image: undo Normalize((0.5,), (0.5,)), then [0, 255] uint8, as the seed's normalize_invert
            Tensor raw = img.get("0, :, 2:30, 2:30").mul(0.5).add(0.5).mul(255).clamp(0, 255).toByte();
            writer.addImage("raw img", raw, 666);
        }
    }
}
