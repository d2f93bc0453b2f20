package jtorch.vision.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.vision.transforms.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * roi_align and roi_pool against torchvision 0.14 (tools/golden/vision_transforms.py, roi.json): eight boxes on a
 * 2x3x7x9 input (inside, whole image, partly and entirely outside, sub-pixel, reversed, near half-pixel corners),
 * seven roi_align configurations (output sizes, spatial scales, fixed and adaptive sampling, aligned) and five
 * roi_pool ones, each in float32 and float64: outputs and the input gradients of {@code y.backward(g)} for a
 * random upstream g. The kernels reproduce torchvision's float arithmetic step by step, so outputs and gradients
 * are compared within 1 ulp-scale bounds (2e-6 float32, 1e-12 float64).
 */
class RoIOpsTest {
    final JsonObject r = Fixtures.load("roi.json");
    final Tensor input = Fixtures.tensor(r.getAsJsonObject("input"));
    final Tensor boxes = Fixtures.tensor(r.getAsJsonObject("boxes"));

    static double tol(DType d) {
        return d == DType.FLOAT32 ? 2e-6 : 1e-12;
    }

    @Test
    void roiAlignForwardAndBackwardAreTorchvisions() {
        int n = 0;
        for (JsonElement e : r.getAsJsonArray("align")) {
            JsonObject c = e.getAsJsonObject();
            DType dt = Fixtures.dtype(c.get("dtype").getAsString());
            Tensor x = input.to(dt).clone().requiresGrad_(true);
            String what = "roi_align " + c.get("dtype").getAsString() + " size " + c.get("output_size") + " scale "
                    + c.get("spatial_scale") + " ratio " + c.get("sampling_ratio") + " aligned " + c.get("aligned");
            Tensor y = Ops.roiAlign(x, boxes.to(dt), Fixtures.ints(c.get("output_size")),
                    c.get("spatial_scale").getAsDouble(), c.get("sampling_ratio").getAsInt(),
                    c.get("aligned").getAsBoolean());
            Fixtures.assertClose(c.getAsJsonObject("output"), y, what + " output", tol(dt), 0, 0.0);
            y.backward(Fixtures.tensor(c.getAsJsonObject("grad_output")));
            Fixtures.assertClose(c.getAsJsonObject("grad_input"), x.grad(), what + " grad", tol(dt), 0, 0.0);
            n++;
        }
        assertEquals(14, n);
    }

    @Test
    void roiPoolForwardAndBackwardAreTorchvisions() {
        int n = 0;
        for (JsonElement e : r.getAsJsonArray("pool")) {
            JsonObject c = e.getAsJsonObject();
            DType dt = Fixtures.dtype(c.get("dtype").getAsString());
            Tensor x = input.to(dt).clone().requiresGrad_(true);
            String what = "roi_pool " + c.get("dtype").getAsString() + " size " + c.get("output_size") + " scale "
                    + c.get("spatial_scale");
            Tensor y = Ops.roiPool(x, boxes.to(dt), Fixtures.ints(c.get("output_size")),
                    c.get("spatial_scale").getAsDouble());
            Fixtures.assertClose(c.getAsJsonObject("output"), y, what + " output", tol(dt), 0, 0.0);
            y.backward(Fixtures.tensor(c.getAsJsonObject("grad_output")));
            Fixtures.assertClose(c.getAsJsonObject("grad_input"), x.grad(), what + " grad", tol(dt), 0, 0.0);
            n++;
        }
        assertEquals(10, n);
    }

    @Test
    void perImageBoxListsAreTorchvisions() {
        JsonObject l = r.getAsJsonObject("list_boxes");
        List<Tensor> per = new ArrayList<>();
        for (JsonElement b : l.getAsJsonArray("boxes")) {
            per.add(Fixtures.tensor(b.getAsJsonObject()));
        }
        Fixtures.assertClose(l.getAsJsonObject("align"), Ops.roiAlign(input, per, new int[] {3, 2}, 0.5, 2, true),
                "roi_align list", 2e-6, 0, 0.0);
        Fixtures.assertClose(l.getAsJsonObject("pool"), Ops.roiPool(input, per, new int[] {3, 2}, 0.5),
                "roi_pool list", 2e-6, 0, 0.0);
    }

    @Test
    void roiAlignGradientPassesGradcheck() {
        Tensor x = input.narrow(0, 0, 1).narrow(1, 0, 1).to(DType.FLOAT64).requiresGrad_(true);
        Tensor b = Torch.tensor(new double[][] {{0, 1.2, 0.7, 6.3, 5.1}, {0, -1.5, 2.0, 4.4, 8.0}}, DType.FLOAT64);
        assertTrue(Torch.autograd().gradcheck(in -> Ops.roiAlign(in.get(0), b, new int[] {3, 2}, 1.0, -1, true),
                List.of(x)));
    }

    @Test
    void badBoxesFailWithTorchvisionsMessages() {
        assertEquals("The boxes tensor shape is not correct as Tensor[K, 5]",
                assertThrows(IllegalArgumentException.class, () -> Ops.roiAlign(input, Torch.zeros(3, 4), 2))
                        .getMessage());
        assertEquals("The boxes tensor shape is not correct as Tensor[K, 5]",
                assertThrows(IllegalArgumentException.class, () -> Ops.roiPool(input, Torch.zeros(3, 4), 2))
                        .getMessage());
        assertEquals("The shape of the tensor in the boxes list is not correct as List[Tensor[L, 4]]",
                assertThrows(IllegalArgumentException.class,
                        () -> Ops.roiAlign(input, List.of(Torch.zeros(2, 5)), new int[] {2}, 1.0, -1, false)).getMessage());
        assertEquals("The shape of the tensor in the boxes list is not correct as List[Tensor[L, 4]]",
                assertThrows(IllegalArgumentException.class,
                        () -> Ops.roiPool(input, List.of(Torch.zeros(2, 4), Torch.zeros(1, 3)), new int[] {2}, 1.0))
                        .getMessage());
        assertEquals("Expected tensor for argument #1 'input' to have the same type as tensor for argument #2 'rois'; "
                + "but type torch.FloatTensor does not equal torch.DoubleTensor (while checking arguments for "
                + "roi_align_forward_kernel)", assertThrows(IllegalArgumentException.class,
                        () -> Ops.roiAlign(input, boxes.to(DType.FLOAT64), 2)).getMessage());
    }
}
