"""Extract the vendored assets from npm tarballs and write ``MANIFEST.json``.

Called by ``build.sh`` (``python3 build.py <dir with .tgz> <maps/assets>``).
Standard library only. The files are copied byte for byte (their sha256 is
recorded); the one conversion is world-atlas's TopoJSON to GeoJSON, rounded
to 0.01 degree (Natural Earth 1:110m is coarser than that).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import shutil
import sys
import tarfile
from pathlib import Path

#: tarball -> (files to copy, licence file, CDN URLs each file stands in for)
VENDOR: dict[str, dict[str, object]] = {
    "leaflet-1.9.3.tgz": {
        "license": "LICENSE",
        "files": {
            "dist/leaflet.js": ["https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"],
            "dist/leaflet.css": ["https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css"],
            "dist/images/layers.png": [],
            "dist/images/layers-2x.png": [],
            "dist/images/marker-icon.png": [],
            "dist/images/marker-icon-2x.png": [],
            "dist/images/marker-shadow.png": [],
        },
    },
    "leaflet.markercluster-1.5.3.tgz": {
        "license": "MIT-LICENCE.txt",
        "files": {
            "dist/leaflet.markercluster.js": [
                "https://cdn.jsdelivr.net/npm/leaflet.markercluster@1.5.3/dist/leaflet.markercluster.js"
            ],
            "dist/MarkerCluster.css": [
                "https://cdn.jsdelivr.net/npm/leaflet.markercluster@1.5.3/dist/MarkerCluster.css"
            ],
            "dist/MarkerCluster.Default.css": [
                "https://cdn.jsdelivr.net/npm/leaflet.markercluster@1.5.3/dist/MarkerCluster.Default.css"
            ],
        },
    },
    "leaflet.fullscreen-3.0.0.tgz": {
        "license": "LICENSE",
        "files": {
            "Control.FullScreen.js": [
                "https://cdn.jsdelivr.net/npm/leaflet.fullscreen@3.0.0/Control.FullScreen.min.js",
                "https://cdn.jsdelivr.net/npm/leaflet.fullscreen@3.0.0/Control.FullScreen.js",
            ],
            "Control.FullScreen.css": [
                "https://cdn.jsdelivr.net/npm/leaflet.fullscreen@3.0.0/Control.FullScreen.css"
            ],
            "icon-fullscreen.svg": [],
        },
    },
    "leaflet-minimap-3.6.1.tgz": {
        "license": "LICENSE.txt",
        "files": {
            "dist/Control.MiniMap.min.js": [
                "https://cdnjs.cloudflare.com/ajax/libs/leaflet-minimap/3.6.1/Control.MiniMap.js"
            ],
            "dist/Control.MiniMap.min.css": [
                "https://cdnjs.cloudflare.com/ajax/libs/leaflet-minimap/3.6.1/Control.MiniMap.css"
            ],
            "dist/images/toggle.svg": [],
            "dist/images/toggle.png": [],
        },
    },
    "leaflet.heat-0.2.0.tgz": {
        "license": "LICENSE",
        "files": {
            "dist/leaflet-heat.js": [
                "https://cdn.jsdelivr.net/gh/python-visualization/folium@main/folium/templates/leaflet_heat.min.js"
            ],
        },
    },
    "world-atlas-2.0.2.tgz": {"license": "LICENSE", "files": {}},
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def unwrap(ring: list[list[float]]) -> list[list[float]]:
    """Make a ring's longitudes continuous across the antimeridian.

    world-atlas rings (Russia, Fiji) jump from 180 to -180 because d3 cuts
    them on the sphere when drawing; Leaflet draws the jump as a line across
    the world. Shifting by 360 where a step exceeds 180 degrees keeps the
    shape in one piece (parts east of 180 are drawn just past the edge). A
    ring that goes all the way round (Antarctica) is left as it is.
    """
    out = [ring[0][:]]
    shift = 0.0
    for (x0, _), (x1, y1) in itertools.pairwise(ring):
        step = x1 - x0
        if step > 180:
            shift -= 360
        elif step < -180:
            shift += 360
        out.append([round(x1 + shift, 2), y1])
    lons = [p[0] for p in out]
    if max(lons) - min(lons) >= 359 or abs(out[-1][0] - out[0][0]) > 1e-6:
        return ring
    return out


def topo_to_geojson(topo: dict, name: str) -> dict:
    """Decode one TopoJSON object (quantized, delta-encoded arcs) to a FeatureCollection."""
    kx, ky = topo["transform"]["scale"]
    dx, dy = topo["transform"]["translate"]
    arcs: list[list[tuple[float, float]]] = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for px, py in arc:
            x += px
            y += py
            points.append((round(x * kx + dx, 2), round(y * ky + dy, 2)))
        arcs.append(points)

    def ring(indexes: list[int]) -> list[list[float]]:
        out: list[list[float]] = []
        for i in indexes:
            points = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend([list(p) for p in (points if not out else points[1:])])
        return unwrap(out)

    features = []
    for geom in topo["objects"][name]["geometries"]:
        if geom["type"] == "Polygon":
            coords: list = [ring(r) for r in geom["arcs"]]
        elif geom["type"] == "MultiPolygon":
            coords = [[ring(r) for r in poly] for poly in geom["arcs"]]
        else:
            continue
        features.append(
            {
                "type": "Feature",
                "id": geom.get("id", ""),
                "properties": {"name": geom.get("properties", {}).get("name", "")},
                "geometry": {"type": geom["type"], "coordinates": coords},
            }
        )
    return {"type": "FeatureCollection", "features": features}


def main(src: Path, dest: Path) -> None:
    vendor = dest / "vendor"
    world = dest / "world"
    for folder in (vendor, world):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    manifest: dict[str, object] = {"generated_by": "maps/assets/build.sh", "packages": []}
    packages: list[dict[str, object]] = []
    for tgz, spec in VENDOR.items():
        package = tgz.removesuffix(".tgz")
        name, _, version = package.rpartition("-")
        with tarfile.open(src / tgz) as tar:
            pkg_json = json.load(tar.extractfile("package/package.json"))  # type: ignore[arg-type]
            assert pkg_json["version"] == version, (tgz, pkg_json["version"])
            out_dir = vendor / package if name != "world-atlas" else world
            out_dir.mkdir(parents=True, exist_ok=True)
            files = []
            wanted = dict(spec["files"])  # type: ignore[call-overload]
            wanted[spec["license"]] = []
            for member, urls in wanted.items():
                data = tar.extractfile(f"package/{member}").read()  # type: ignore[union-attr]
                target = out_dir / member
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
                files.append(
                    {
                        "path": target.relative_to(dest).as_posix(),
                        "sha256": sha256(target),
                        "replaces": urls,
                    }
                )
            if name == "world-atlas":
                topo = json.load(tar.extractfile("package/countries-110m.json"))  # type: ignore[arg-type]
                geo = topo_to_geojson(topo, "countries")
                target = world / "countries-110m.geojson"
                target.write_text(json.dumps(geo, separators=(",", ":")), encoding="utf-8")
                files.append(
                    {
                        "path": target.relative_to(dest).as_posix(),
                        "sha256": sha256(target),
                        "converted_from": "countries-110m.json (TopoJSON, rounded to 0.01 degree)",
                        "replaces": [],
                    }
                )
        packages.append(
            {
                "name": pkg_json["name"],
                "version": version,
                "license": pkg_json.get("license", ""),
                "source": f"npm pack {pkg_json['name']}@{version}",
                "files": files,
            }
        )
    manifest["packages"] = packages
    (dest / "MANIFEST.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {sum(len(p['files']) for p in packages)} files, {dest / 'MANIFEST.json'}")  # type: ignore[arg-type, misc]


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
