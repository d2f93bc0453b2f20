/**
 * tqdm for jtorch: {@link jtorch.utils.progress.Progress} wraps a DataLoader or any iterable in a progress bar
 * that degrades to periodic log lines when output is not a terminal. JDK and jtorch-core's public API only.
 */
package jtorch.utils.progress;
