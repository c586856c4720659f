#!/usr/bin/python3
"""The GEOS yardstick for coverage: what QGIS and PostGIS do.

Buffer every asset by the distance (true circles: quad_segs segments per quarter), union the
buffers, subtract the union from each area. Reads JSON on stdin, in projected metres:

  {"mode": "coverage", "distance": 800, "quadSegs": 64,
   "areas": [{"id": "...", "rings": [[[x, y], ...], ...]}],   # even-odd rings: outer + holes
   "points": [[x, y], ...], "sites": [[[[x, y], ...], ...]],    # sites: polygons as ring lists
   "one": "area id",                                            # optional: also time one area alone
   "repeats": 5}                                                # optional: time each that many times, report the median

  {"mode": "validate", "polygons": [{"id": "...", "coordinates": <MultiPolygon coordinates>}]}

and prints JSON: per-area covered share and the seconds taken (the median of `repeats` runs), or
validity per polygon.
Used by the accuracy test (an independent reference) and by `npm run bench` (the timing yardstick).
Needs Debian's python3-shapely.
"""
import json
import statistics
import sys
import time

from shapely.geometry import MultiPolygon, Point, Polygon, box
from shapely.ops import unary_union
from shapely.validation import explain_validity


def polygon_from_rings(rings):
    """Outer rings and holes as one valid area, whatever order the rings come in (even-odd)."""
    result = None
    for ring in rings:
        shape = Polygon(ring).buffer(0)
        result = shape if result is None else result.symmetric_difference(shape)
    return result


def timed(repeats, work):
    """The answer of `work` and the median of its times over `repeats` runs."""
    seconds = []
    for _ in range(repeats):
        started = time.perf_counter()
        answer = work()
        seconds.append(time.perf_counter() - started)
    return answer, statistics.median(seconds)


def coverage(request):
    distance = request["distance"]
    quad = request.get("quadSegs", 64)
    repeats = request.get("repeats", 1)
    areas = [(a["id"], polygon_from_rings(a["rings"])) for a in request["areas"]]

    def all_areas():
        buffers = [Point(p).buffer(distance, quad) for p in request["points"]]
        buffers += [polygon_from_rings(site).buffer(distance, quad) for site in request.get("sites", [])]
        reach = unary_union(buffers)
        return {area_id: 1 - area.difference(reach).area / area.area for area_id, area in areas}

    shares, seconds_all = timed(repeats, all_areas)
    result = {"shares": shares, "secondsAll": seconds_all}
    one = request.get("one")
    if one is not None:
        area = dict(areas)[one]

        def one_area():
            minx, miny, maxx, maxy = area.bounds
            near = box(minx - distance, miny - distance, maxx + distance, maxy + distance)
            local = [Point(p).buffer(distance, quad) for p in request["points"] if near.contains(Point(p))]
            return 1 - area.difference(unary_union(local)).area / area.area

        result["oneShare"], result["secondsOne"] = timed(repeats, one_area)
    return result


def validate(request):
    out = {}
    for item in request["polygons"]:
        shape = MultiPolygon([Polygon(p[0], p[1:]) for p in item["coordinates"]])
        out[item["id"]] = {"valid": shape.is_valid, "reason": explain_validity(shape), "area": shape.area}
    return out


def main():
    request = json.load(sys.stdin)
    mode = request.get("mode", "coverage")
    json.dump(coverage(request) if mode == "coverage" else validate(request), sys.stdout)


if __name__ == "__main__":
    main()
