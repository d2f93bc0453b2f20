/**
 * The seed programs (the PyTorch tutorial notes in {@code /seeds}) as runnable Java, each printing what its Python
 * prints: {@code ./jtorch example NAME} ({@link Examples} lists them). Public API of jtorch-core, jtorch-vision and
 * jtorch-observe only, plus the bundled Fashion-MNIST of jtorch-cli as data. {@code tools/golden/examples.py} runs
 * the Python of every example in its reduced form ({@code --quick}); {@code ExamplesTest} compares the printed
 * numbers.
 */
package jtorch.examples;
