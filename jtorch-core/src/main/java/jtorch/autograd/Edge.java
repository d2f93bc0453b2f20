package jtorch.autograd;

/** A graph edge: the gradient for one input of a node flows to {@code inputNr} of {@code function}. */
public record Edge(Node function, int inputNr) {
}
