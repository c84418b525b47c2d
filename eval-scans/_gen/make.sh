#!/bin/sh
# Makes a scanned copy of a vector PDF the way scanned 自评表 look: pages rasterised at DPI in grey
# (pdftoppm), turned by ANGLE degrees, light noise and blur (ImageMagick 6), optionally a red stamp
# circle on page 1 (STAMP=1), wrapped as an image-only PDF (img2pdf).
# usage: make.sh SRC.pdf OUT.pdf ANGLE [DPI]
# needs: apt-get install poppler-utils imagemagick img2pdf
set -eu
src=$1; out=$2; angle=$3; dpi=${4:-150}
cv=$(command -v convert-im6 || command -v convert)
tmp=$(mktemp -d)
pdftoppm -r "$dpi" -png "$src" "$tmp/p"
i=0
for f in "$tmp"/p-*.png; do
  i=$((i + 1))
  stamp=""
  if [ "${STAMP:-0}" = 1 ] && [ $i = 1 ]; then
    w=$(identify -format %w "$f"); h=$(identify -format %h "$f")
    cx=$((w * 7 / 10)); cy=$((h * 3 / 10)); r=$((dpi * 3 / 4))
    # red ink over the print: multiplied, so black print under the stamp stays black
    stamp="\\( +clone -fill white -colorize 100 -fill none -stroke \"#dc2828\" -strokewidth $((dpi / 40)) -draw \"circle $cx,$cy $((cx + r)),$cy\" \\) -compose Multiply -composite"
  fi
  # a small random extra turn per page, as a sheet sits differently on the glass each time
  a=$(awk -v a="$angle" -v i="$i" 'BEGIN { srand(i * 7 + 3); printf "%.2f", a + (rand() - 0.5) * 0.3 }')
  eval "$cv \"$f\" $stamp -background white -rotate $a -gravity center -extent \$(identify -format %wx%h \"$f\") \
    -attenuate 0.35 +noise Gaussian -blur 0x0.6 $( [ "${STAMP:-0}" = 1 ] || echo -colorspace Gray ) -quality 85 \
    -units PixelsPerInch -density $dpi \"$tmp/s-$(printf %03d $i).jpg\""
done
img2pdf "$tmp"/s-*.jpg -o "$out"
rm -rf "$tmp"
