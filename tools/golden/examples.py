"""Fixture for jtorch.examples.ExamplesTest: the Python of every jtorch-examples program, in its reduced
(`--quick`) form, with the same seeds, data and recipe as the Java, and what each prints.

Each function below is the seed program the Java example translates (tools/golden keeps both sides side by side:
jtorch-examples/src/main/java/jtorch/examples/<Name>.java). Data: the bundled Fashion-MNIST test split of
jtorch-cli (first 8,000 images = training part, last 2,000 = test part), pixels / 255.

Writes jtorch-examples/src/test/resources/fixtures/examples.json: {name: [printed lines]}.

    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/examples.py
"""
import copy
import gzip
import io
import json
import os
import sys
from contextlib import redirect_stdout

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn, optim
from torch.utils.data import DataLoader, TensorDataset, random_split

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DATA = os.path.join(ROOT, "jtorch-cli/src/main/resources/jtorch/cli/data/fashion-mnist")
OUT = os.path.join(ROOT, "jtorch-examples/src/test/resources/fixtures/examples.json")
CLASSES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]

with gzip.open(os.path.join(DATA, "t10k-images-idx3-ubyte.gz")) as f:
    IMAGES = torch.tensor(np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 1, 28, 28), dtype=torch.float32)
with gzip.open(os.path.join(DATA, "t10k-labels-idx1-ubyte.gz")) as f:
    LABELS = torch.tensor(np.frombuffer(f.read(), np.uint8, offset=8), dtype=torch.int64)


def train_images(n):
    return IMAGES[:n].div(255)


def train_labels(n):
    return LABELS[:n]


def test_images(n):
    return IMAGES[10000 - n:].div(255)


def test_labels(n):
    return LABELS[10000 - n:]


def lenet_input(x):
    return F.pad(x.sub(0.5).div(0.5), (2, 2, 2, 2))


def mnist_normalize(x):
    return x.sub(0.1307).div(0.3081)


class Net(nn.Module):
    """The seeds' LeNet-5."""

    def __init__(self):
        super(Net, self).__init__()
        self.conv1 = nn.Conv2d(1, 6, 5)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = x.view(-1, 16 * 5 * 5)
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        return self.fc3(x)


# ---------------------------------------------------------------- 002: the two-layer network
N, D_in, H, D_out = 64, 1000, 100, 10
STEPS = 50


def two_layer_manual():
    torch.manual_seed(0)
    x = torch.randn(N, D_in)
    y = torch.randn(N, D_out)
    w1 = torch.randn(D_in, H)
    w2 = torch.randn(H, D_out)
    learning_rate = 1e-6
    for t in range(STEPS):
        h = x.mm(w1)
        h_relu = h.clamp(min=0)
        y_pred = h_relu.mm(w2)
        loss = (y_pred - y).pow(2).sum().item()
        if t % (STEPS // 5) == STEPS // 5 - 1:
            print(t, loss)
        grad_y_pred = 2.0 * (y_pred - y)
        grad_w2 = h_relu.t().mm(grad_y_pred)
        grad_h_relu = grad_y_pred.mm(w2.t())
        grad_h = grad_h_relu.clone()
        grad_h[h < 0] = 0
        grad_w1 = x.t().mm(grad_h)
        w1 -= learning_rate * grad_w1
        w2 -= learning_rate * grad_w2


def two_layer_autograd():
    torch.manual_seed(0)
    x = torch.randn(N, D_in)
    y = torch.randn(N, D_out)
    w1 = torch.randn(D_in, H, requires_grad=True)
    w2 = torch.randn(H, D_out, requires_grad=True)
    learning_rate = 1e-6
    for t in range(STEPS):
        y_pred = x.mm(w1).clamp(min=0).mm(w2)
        loss = (y_pred - y).pow(2).sum()
        if t % (STEPS // 5) == STEPS // 5 - 1:
            print(t, loss.item())
        loss.backward()
        with torch.no_grad():
            w1 -= learning_rate * w1.grad
            w2 -= learning_rate * w2.grad
            w1.grad.zero_()
            w2.grad.zero_()


def two_layer_nn():
    torch.manual_seed(0)
    x = torch.randn(N, D_in)
    y = torch.randn(N, D_out)
    model = torch.nn.Sequential(torch.nn.Linear(D_in, H), torch.nn.ReLU(), torch.nn.Linear(H, D_out))
    loss_fn = torch.nn.MSELoss(reduction='sum')
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-4)
    for t in range(STEPS):
        y_pred = model(x)
        loss = loss_fn(y_pred, y)
        if t % (STEPS // 5) == STEPS // 5 - 1:
            print(t, loss.item())
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


# ---------------------------------------------------------------- 004: Himmelblau
def himmelblau(x):
    return (x[0] ** 2 + x[1] - 11) ** 2 + (x[0] + x[1] ** 2 - 7) ** 2


def himmelblau_adam():
    x = np.arange(-6, 6, 0.1)
    y = np.arange(-6, 6, 0.1)
    print('x,y range:', x.shape, y.shape)
    X, Y = np.meshgrid(x, y)
    print('X,Y maps:', X.shape, Y.shape)
    steps = 2000
    x = torch.tensor([0., 0.], requires_grad=True)
    optimizer = torch.optim.Adam([x], lr=1e-3)
    for step in range(steps):
        pred = himmelblau(x)
        optimizer.zero_grad()
        pred.backward()
        optimizer.step()
        if step % (steps // 10) == 0:
            print('step {}: x = {}, f(x) = {}'.format(step, x.tolist(), pred.item()))


# ---------------------------------------------------------------- 004: logistic regression, raw weights
def logistic_regression():
    torch.manual_seed(0)
    w1, b1 = torch.randn(200, 784, requires_grad=True), torch.zeros(200, requires_grad=True)
    w2, b2 = torch.randn(200, 200, requires_grad=True), torch.zeros(200, requires_grad=True)
    w3, b3 = torch.randn(10, 200, requires_grad=True), torch.zeros(10, requires_grad=True)
    torch.nn.init.kaiming_normal_(w1)
    torch.nn.init.kaiming_normal_(w2)
    torch.nn.init.kaiming_normal_(w3)

    def forward(x):
        x = x @ w1.t() + b1
        x = F.relu(x)
        x = x @ w2.t() + b2
        x = F.relu(x)
        x = x @ w3.t() + b3
        return x

    train_loader = DataLoader(TensorDataset(mnist_normalize(train_images(8000)), train_labels(8000)), batch_size=512,
                              shuffle=True)
    test_loader = DataLoader(TensorDataset(mnist_normalize(test_images(2000)), test_labels(2000)), batch_size=512,
                             shuffle=False)
    optimizer = optim.SGD([w1, b1, w2, b2, w3, b3], lr=0.01, momentum=0.9)
    for epoch in range(1):
        for batch_idx, (x, y) in enumerate(train_loader):
            x = x.view(x.size(0), 28 * 28)
            out = forward(x)
            y_onehot = F.one_hot(y, 10).float()
            loss = F.mse_loss(out, y_onehot)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            if batch_idx % 10 == 0:
                print(epoch, batch_idx, loss.item())
    total_correct = 0
    with torch.no_grad():
        for x, y in test_loader:
            x = x.view(x.size(0), 28 * 28)
            pred = forward(x).argmax(dim=1)
            total_correct += pred.eq(y).sum().float().item()
    print('test acc:', total_correct / 2000)


# ---------------------------------------------------------------- 000: LeNet train/test
def lenet_loader(x, y):
    return DataLoader(TensorDataset(x, y), batch_size=16, shuffle=True)


def lenet_epoch(net, optimizer, loader, epoch, every):
    criterion = nn.CrossEntropyLoss()
    net.train()
    running_loss = 0.0
    for i, data in enumerate(loader, 0):
        inputs, labels = data
        optimizer.zero_grad()
        outputs = net(inputs)
        loss = criterion(outputs, labels)
        loss.backward()
        optimizer.step()
        running_loss += loss.item()
        if every > 0 and i % every == every - 1:
            print('[%d, %5d] loss: %.3f' % (epoch, i + 1, running_loss / every))
            running_loss = 0.0


def confusion(net, x, y):
    net.eval()
    conf = np.zeros((10, 10), dtype=np.int64)
    with torch.no_grad():
        _, predicted = torch.max(net(x), 1)
    for t, p in zip(y.tolist(), predicted.tolist()):
        conf[t, p] += 1
    net.train()
    return conf


def print_accuracy(conf):
    total = conf.sum()
    print('Accuracy of the network on the %d test images: %d %%' % (total, 100 * np.trace(conf) / total))
    for i in range(10):
        print('Accuracy of %5s : %2d %%' % (CLASSES[i], 100 * conf[i, i] / conf[i].sum()))


def lenet():
    torch.manual_seed(0)
    net = Net()
    optimizer = optim.SGD(net.parameters(), lr=0.01, momentum=0.9)
    loader = lenet_loader(lenet_input(train_images(1600)), train_labels(1600))
    for epoch in range(1):
        lenet_epoch(net, optimizer, loader, epoch + 1, 25)
    print('Finished Training')
    print_accuracy(confusion(net, lenet_input(test_images(500)), test_labels(500)))


# ---------------------------------------------------------------- 003: fine-tuning
def finetune(tmp):
    half = 800
    x = lenet_input(train_images(2 * half))
    y = train_labels(2 * half)
    torch.manual_seed(0)
    pretrained = Net()
    pre = optim.SGD(pretrained.parameters(), lr=0.01, momentum=0.9)
    lenet_epoch(pretrained, pre, lenet_loader(x[:half], y[:half]), 1, 0)
    path = os.path.join(tmp, 'net_params.pkl')
    torch.save(pretrained.state_dict(), path)

    net = Net()
    net_state_dict = net.state_dict()
    pretrained_dict = torch.load(path)
    pretrained_dict_1 = {k: v for k, v in pretrained_dict.items() if k in net_state_dict}
    net_state_dict.update(pretrained_dict_1)
    net.load_state_dict(net_state_dict)
    print('loaded', len(pretrained_dict_1), 'of', len(net_state_dict), 'tensors')

    for p in list(net.conv1.parameters()) + list(net.conv2.parameters()):
        p.requires_grad = False
    lr_init = 0.001
    ignored_params = list(map(id, net.fc3.parameters()))
    base_params = filter(lambda p: id(p) not in ignored_params and p.requires_grad, net.parameters())
    optimizer = optim.SGD([{'params': base_params}, {'params': net.fc3.parameters(), 'lr': lr_init * 10}], lr_init,
                          momentum=0.9, weight_decay=1e-4)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.1)
    print('len(optimizer.param_groups): ', len(optimizer.param_groups))
    conv1_before = net.conv1.weight.clone()
    loader = lenet_loader(x[half:], y[half:])
    for epoch in range(2):
        print(optimizer.param_groups[0]['lr'], optimizer.param_groups[1]['lr'])
        lenet_epoch(net, optimizer, loader, epoch + 1, 25)
        scheduler.step()
    print('conv1.weight unchanged:', torch.equal(conv1_before, net.conv1.weight))
    print_accuracy(confusion(net, lenet_input(test_images(500)), test_labels(500)))


# ---------------------------------------------------------------- 003: kernels and feature maps
def visualize():
    import torchvision.utils as vutils
    torch.manual_seed(0)
    net = Net()
    params = net.state_dict()
    for k, v in params.items():
        if 'conv' in k and 'weight' in k:
            c_int = v.size()[1]
            c_out = v.size()[0]
            for j in range(c_out):
                print(k, v.size(), j)
                kernel_j = v[j, :, :, :].unsqueeze(1)
                vutils.make_grid(kernel_j, normalize=True, scale_each=True, nrow=c_int)
            k_w, k_h = v.size()[-1], v.size()[-2]
            kernel_all = v.view(-1, 1, k_w, k_h)
            kernel_grid = vutils.make_grid(kernel_all, normalize=True, scale_each=True, nrow=c_int)
            print(k + '_all', kernel_grid.size(), '%.4f' % kernel_grid.sum().item())
    x = lenet_input(test_images(1))
    layers = [('conv1', net.conv1), ('pool1', lambda t: F.max_pool2d(t, 2)), ('conv2', net.conv2),
              ('pool2', lambda t: F.max_pool2d(t, 2)), ('fc1', net.fc1), ('fc2', net.fc2), ('fc3', net.fc3)]
    with torch.no_grad():
        for name, layer in layers:
            x = x.view(x.size(0), -1) if "fc" in name else x
            x = layer(x)
            print(x.size())
            x = F.relu(x) if 'conv' in name else x
            if name == 'conv1':
                x1 = x.transpose(0, 1)
                img_grid = vutils.make_grid(x1, normalize=True, scale_each=True, nrow=2)
                print('conv1_feature_maps', img_grid.size(), '%.4f' % img_grid.sum().item())


# ---------------------------------------------------------------- 003: histograms
def histograms():
    torch.manual_seed(0)
    net = Net()
    criterion = nn.CrossEntropyLoss()
    optimizer = optim.SGD(net.parameters(), lr=0.01, momentum=0.9)
    loader = lenet_loader(lenet_input(train_images(800)), train_labels(800))
    max_epoch, every = 2, 25
    for epoch in range(max_epoch):
        loss_sigma, correct, total = 0.0, 0, 0
        for i, data in enumerate(loader):
            inputs, labels = data
            optimizer.zero_grad()
            outputs = net(inputs)
            loss = criterion(outputs, labels)
            loss.backward()
            optimizer.step()
            _, predicted = torch.max(outputs.data, 1)
            total += labels.size(0)
            correct += (predicted == labels).squeeze().sum().item()
            loss_sigma += loss.item()
            if i % every == every - 1:
                print("Training: Epoch[{:0>3}/{:0>3}] Iteration[{:0>3}/{:0>3}] Loss: {:.4f} Acc:{:.2%}".format(
                    epoch + 1, max_epoch, i + 1, len(loader), loss_sigma / every, correct / total))
                loss_sigma = 0.0
        for name, layer in net.named_parameters():
            print('%s grad norm %.6f data sum %.6f' % (name, layer.grad.norm().item(), layer.detach().sum().item()))


# ---------------------------------------------------------------- 003: confusion matrix
def confusion_matrix():
    torch.manual_seed(0)
    net = Net()
    optimizer = optim.SGD(net.parameters(), lr=0.01, momentum=0.9)
    loader = lenet_loader(lenet_input(train_images(1600)), train_labels(1600))
    lenet_epoch(net, optimizer, loader, 1, 0)
    conf_mat = confusion(net, lenet_input(test_images(500)), test_labels(500)).astype(np.float64)
    for i in range(10):
        print('class:{:<10}, total num:{:<6}, correct num:{:<5}  Recall: {:.2%} Precision: {:.2%}'.format(
            CLASSES[i], np.sum(conf_mat[i, :]), conf_mat[i, i], conf_mat[i, i] / (1 + np.sum(conf_mat[i, :])),
            conf_mat[i, i] / (1 + np.sum(conf_mat[:, i]))))
    print('{} set Accuracy:{:.2%}'.format('valid', np.trace(conf_mat) / np.sum(conf_mat)))
    print('saved Confusion_Matrix_valid.png')


# ---------------------------------------------------------------- 004: k-fold cross validation
class DigitNet(nn.Module):
    def __init__(self):
        super(DigitNet, self).__init__()
        self.fc1 = nn.Linear(28 * 28, 256)
        self.fc2 = nn.Linear(256, 64)
        self.fc3 = nn.Linear(64, 10)

    def forward(self, x):
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        return self.fc3(x)


def kfold():
    n, k, epochs = 1200, 3, 1
    x = mnist_normalize(train_images(n)).view(n, 28 * 28)
    y = train_labels(n)
    torch.manual_seed(0)
    perm = torch.randperm(n)
    fold_size = n // k
    accs = []
    for fold in range(k):
        val_idx = perm[fold * fold_size:(fold + 1) * fold_size]
        train_idx = torch.cat([perm[:fold * fold_size], perm[(fold + 1) * fold_size:]])
        model = DigitNet()
        optimizer = optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
        loader = DataLoader(TensorDataset(x[train_idx], y[train_idx]), batch_size=64, shuffle=True)
        for epoch in range(epochs):
            for xb, yb in loader:
                loss = F.cross_entropy(model(xb), yb)
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
        with torch.no_grad():
            acc = (model(x[val_idx]).argmax(1) == y[val_idx]).float().mean().item()
        print('fold {}: train {} val {} val acc {:.4f}'.format(fold + 1, len(train_idx), fold_size, acc))
        accs.append(acc)
    accs = torch.tensor(accs)
    print('{}-fold cross validation: mean acc {:.4f}, std {:.4f}'.format(k, accs.mean().item(), accs.std().item()))


# ---------------------------------------------------------------- 004: early stopping
def early_stopping():
    n, n_test, max_epochs, patience = 600, 500, 12, 2
    x = mnist_normalize(train_images(n)).view(n, 28 * 28)
    y = train_labels(n)
    torch.manual_seed(0)
    n_val = n // 5
    train_db, val_db = random_split(TensorDataset(x, y), [n - n_val, n_val], generator=torch.Generator().manual_seed(0))
    print('db1:', len(train_db), 'db2:', len(val_db))
    train_loader = DataLoader(train_db, batch_size=64, shuffle=True)
    val_loader = DataLoader(val_db, batch_size=500, shuffle=False)
    net = torch.nn.Sequential(torch.nn.Linear(784, 200), torch.nn.Dropout(0.5), torch.nn.ReLU(),
                              torch.nn.Linear(200, 200), torch.nn.Dropout(0.5), torch.nn.ReLU(),
                              torch.nn.Linear(200, 10))
    optimizer = optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
    best, best_epoch, bad, best_state = float('inf'), 0, 0, None
    for epoch in range(1, max_epochs + 1):
        net.train()
        train_loss, batches = 0.0, 0
        for xb, yb in train_loader:
            loss = F.cross_entropy(net(xb), yb)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            train_loss += loss.item()
            batches += 1
        net.eval()
        val_loss, correct = 0.0, 0
        with torch.no_grad():
            for xb, yb in val_loader:
                logits = net(xb)
                val_loss += F.cross_entropy(logits, yb, reduction='sum').item()
                correct += logits.argmax(1).eq(yb).sum().item()
        val_loss /= n_val
        print('epoch {}: train loss {:.4f}, val loss {:.4f}, val acc {:.4f}'.format(epoch, train_loss / batches, val_loss,
                                                                                 correct / n_val))
        if val_loss < best:
            best, best_epoch, bad = val_loss, epoch, 0
            best_state = copy.deepcopy(net.state_dict())
        else:
            bad += 1
            if bad >= patience:
                print('early stopping: val loss has not improved for {} epochs, best epoch {}'.format(patience,
                                                                                                   best_epoch))
                break
    net.load_state_dict(best_state)
    net.eval()
    with torch.no_grad():
        xt = mnist_normalize(test_images(n_test)).view(n_test, 28 * 28)
        acc = (net(xt).argmax(1) == test_labels(n_test)).float().mean().item()
    print('test acc of the best model (epoch {}): {:.4f}'.format(best_epoch, acc))


def main():
    import tempfile
    tmp = tempfile.mkdtemp()
    programs = [("two-layer-manual", two_layer_manual), ("two-layer-autograd", two_layer_autograd),
                ("two-layer-nn", two_layer_nn), ("himmelblau", himmelblau_adam),
                ("logistic-regression", logistic_regression), ("lenet", lenet),
                ("finetune", lambda: finetune(tmp)), ("visualize", visualize), ("histograms", histograms),
                ("confusion-matrix", confusion_matrix), ("kfold", kfold), ("early-stopping", early_stopping)]
    only = sys.argv[1:]  # names: regenerate only these entries of the existing file
    out = {}
    if only:
        with open(OUT) as f:
            out = json.load(f)["examples"]
    for name, fn in programs:
        if only and name not in only:
            continue
        buf = io.StringIO()
        with redirect_stdout(buf):
            fn()
        out[name] = buf.getvalue().splitlines()
        print(name, len(out[name]), 'lines', file=sys.stderr)
    with open(OUT, "w") as f:
        json.dump({"generator": "tools/golden/examples.py", "torch": torch.__version__, "examples": out}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
