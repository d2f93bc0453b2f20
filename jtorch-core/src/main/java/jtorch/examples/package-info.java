/**
 * Runnable seed programs (the README's main job until the command-line module exists). Public API only.
 */
package jtorch.examples;
