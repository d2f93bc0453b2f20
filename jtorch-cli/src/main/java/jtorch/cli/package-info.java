/**
 * The {@code jtorch} command (picocli) behind the repository's {@code ./jtorch} launcher:
 * {@code train} (the main job: an image classifier end to end on real data), {@code eval}, {@code predict}
 * and {@code summary}. {@link jtorch.cli.Main} is the entry point.
 */
package jtorch.cli;
