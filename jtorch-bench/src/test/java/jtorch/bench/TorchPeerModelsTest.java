package jtorch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PyTorch's side of the model-level workloads ({@code torch_peer.py}) through the peer protocol, small: a timed
 * model step and a fresh-process run answer figures. Needs Debian's {@code python3-torch} (the bench's peer); the
 * test says so and is skipped without it.
 */
class TorchPeerModelsTest {
    @Test
    void aModelStepAndAFreshProcessRunAnswerFigures() throws Exception {
        List<Peer> peers = PythonPeer.start("/usr/bin/python3", 1, 0.01, 0.01);
        assumeFalse(peers.isEmpty(), "/usr/bin/python3 cannot import torch");
        try (Peer torch = peers.get(0)) {
            torch.setup(new Case("mlp", "step", 1, "steps/s", 1, 1));
            double[] seconds = torch.measure();
            assertEquals(1, seconds.length);
            assertTrue(seconds[0] > 0, "seconds per step " + seconds[0]);
            torch.setup(Case.cost("mem_resnet18", "step", 1, "MB"));
            double[] mb = torch.measure();
            assertEquals(2, mb.length);
            // the model's parameters, gradients and momentum buffers alone: 3 x 11,181,642 float32
            assertTrue(mb[0] >= 3 * 4.0 * 11_181_642 / (1 << 20), "step " + mb[0] + " MB");
            assertTrue(mb[1] > mb[0], "peak RSS " + mb[1] + " MB");
        }
    }
}
