package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/** Interleaves {@code groups} groups of channels. PyTorch: {@code nn.ChannelShuffle(groups)}. */
public class ChannelShuffle extends Module {
    /** PyTorch's {@code ChannelShuffle.groups} attribute. */
    public final int groups;

    /** PyTorch: {@code torch.nn.ChannelShuffle(groups)}. */
    public ChannelShuffle(int groups) {
        this.groups = groups;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.channelShuffle(input, groups);
    }

    @Override
    public String extraRepr() {
        return "groups=" + groups;
    }
}
