package jtorch.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.Parameter;
import jtorch.optim.ParamGroup;
import jtorch.optim.SGD;
import jtorch.optim.lr.StepLR;
import jtorch.vision.models.LeNet;

/**
 * The seed's fine-tuning recipe (notes 003, "模型 Finetune" and "不同层设置不同的学习率"): a pretrained LeNet is saved
 * ({@code torch.save(net.state_dict(), 'net_params.pkl')}), a new {@code Net()} takes the pretrained tensors whose
 * keys it has ({@code net_state_dict.update({k: v for k, v in pretrained_dict.items() if k in net_state_dict})}),
 * the convolutions are frozen ({@code requires_grad = False}, left out of the optimizer), and fc3 gets ten times
 * the learning rate in a second parameter group ({@code optim.SGD([{'params': base_params}, {'params':
 * net.fc3.parameters(), 'lr': lr_init*10}], lr_init, momentum=0.9, weight_decay=1e-4)}) with
 * {@code StepLR(step_size=1, gamma=0.1)}. The pretraining is one epoch on the first 4,000 training images, the
 * fine-tuning 2 epochs on the other 4,000 (800 + 800 images with {@code --quick}).
 */
final class FineTuning {
    private FineTuning() {
    }

    static void run(PrintStream out, Path dir, boolean quick) {
        int half = quick ? 800 : SeedData.TRAIN / 2;
        Tensor x = SeedData.lenetInput(SeedData.trainImages(2 * half));
        Tensor y = SeedData.trainLabels(2 * half);
        Torch.manualSeed(0);
        // 1. a pretrained model
        LeNet pretrained = new LeNet();
        SGD pre = new SGD(pretrained.parameters(), SGD.options(0.01).momentum(0.9));
        LeNetTraining.epoch(out, pretrained, pre, LeNetTraining.loader(x.narrow(0, 0, half), y.narrow(0, 0, half)),
                1, 0);
        Path params = dir.resolve("net_params.pkl");
        Torch.save(pretrained.stateDict(), params);

        // 2-3. a new net initialised from the pretrained weights
        LeNet net = new LeNet();
        Map<String, Tensor> netStateDict = new LinkedHashMap<>(net.stateDict());
        @SuppressWarnings("unchecked")
        Map<String, Tensor> pretrainedDict = (Map<String, Tensor>) Torch.load(params);
        Map<String, Tensor> pretrainedDict1 = new LinkedHashMap<>();
        pretrainedDict.forEach((k, v) -> {
            if (netStateDict.containsKey(k)) {
                pretrainedDict1.put(k, v);
            }
        });
        netStateDict.putAll(pretrainedDict1);
        net.loadStateDict(netStateDict);
        out.println("loaded " + pretrainedDict1.size() + " of " + netStateDict.size() + " tensors");

        // frozen backbone, fc3 at ten times the learning rate
        Map<String, Parameter> named = net.namedParameters();
        for (String k : List.of("conv1.weight", "conv1.bias", "conv2.weight", "conv2.bias")) {
            named.get(k).requiresGrad_(false);
        }
        double lrInit = 0.001;
        List<Tensor> fc3 = List.of(named.get("fc3.weight"), named.get("fc3.bias"));
        List<Tensor> baseParams = new ArrayList<>();
        for (Parameter p : net.parameters()) {
            if (!fc3.contains(p) && p.requiresGrad()) {
                baseParams.add(p);
            }
        }
        SGD optimizer = new SGD(List.of(ParamGroup.of(baseParams), ParamGroup.of(fc3).lr(lrInit * 10)),
                SGD.options(lrInit).momentum(0.9).weightDecay(1e-4));
        StepLR scheduler = new StepLR(optimizer, 1, 0.1);
        out.println("len(optimizer.param_groups):  " + optimizer.paramGroups().size());
        Tensor conv1Before = named.get("conv1.weight").clone();
        var loader = LeNetTraining.loader(x.narrow(0, half, half), y.narrow(0, half, half));
        for (int epoch = 0; epoch < 2; epoch++) {
            out.println(Py.repr(optimizer.paramGroups().get(0).lr()) + " "
                    + Py.repr(optimizer.paramGroups().get(1).lr()));
            LeNetTraining.epoch(out, net, optimizer, loader, epoch + 1, quick ? 25 : 100);
            scheduler.step();
        }
        boolean unchanged = Torch.equal(conv1Before, named.get("conv1.weight"));
        out.println("conv1.weight unchanged: " + (unchanged ? "True" : "False"));
        int nTest = quick ? 500 : SeedData.TEST;
        LeNetTraining.printAccuracy(out, LeNetTraining.confusion(net, SeedData.lenetInput(SeedData.testImages(nTest)),
                SeedData.testLabels(nTest), 10), SeedData.classes());
    }
}
