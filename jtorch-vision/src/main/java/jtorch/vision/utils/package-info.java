/**
 * torchvision.utils: image grids, saving, bounding boxes and segmentation masks drawn on images
 * ({@link jtorch.vision.utils.Utils}) and the colours they take ({@link jtorch.vision.utils.Color}).
 */
package jtorch.vision.utils;
