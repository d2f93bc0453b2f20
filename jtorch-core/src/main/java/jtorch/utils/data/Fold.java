package jtorch.utils.data;

/**
 * One fold of k-fold cross validation: the training part and the held-out validation part.
 *
 * @param train      every sample outside this fold
 * @param validation this fold's samples
 */
public record Fold<T>(Subset<T> train, Subset<T> validation) {
}
