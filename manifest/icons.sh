#!/bin/sh
# Draws the Teams app icons with ImageMagick: a speech bubble with a check mark.
#   color.png   192x192, white bubble on the accent colour, the symbol within the central 96x96 area plus its tail
#   outline.png 32x32, pure white (255,255,255) on a fully transparent background, no padding
# Run from anywhere: sh manifest/icons.sh
set -eu
cd "$(dirname "$0")"
accent='#1F6FB2'

convert -size 192x192 "xc:$accent" \
  -fill white -stroke none \
  -draw "roundrectangle 46,50 146,124 20,20" \
  -draw "polygon 66,118 64,148 98,122" \
  -fill none -stroke "$accent" -strokewidth 11 \
  -draw "stroke-linecap round stroke-linejoin round polyline 72,88 89,105 120,72" \
  -strip PNG32:color.png

convert -size 32x32 xc:none \
  -fill none -stroke white -strokewidth 2 \
  -draw "roundrectangle 2,3 29,22 5,5" \
  -fill white -stroke none \
  -draw "polygon 7,21 6,30 15,22" \
  -fill none -stroke white -strokewidth 2.5 \
  -draw "stroke-linecap round stroke-linejoin round polyline 9,13 14,17 22,9" \
  -channel RGB -evaluate set 100% +channel \
  -strip PNG32:outline.png
