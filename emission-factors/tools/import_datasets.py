#!/usr/bin/env python3
"""Turns the raw public datasets in ../shared/data/emission-factors into Tanji's dataset format.

Run from the repository root when a source dataset changes:

    python3 emission-factors/tools/import_datasets.py ../shared/data/emission-factors

Numbers are copied as the strings they are published as; nothing is recomputed. Where a source gives a gas in
grams or pounds, the row says so in `amount_unit` and the loader converts. Each dataset version gets a folder
with `factors.csv` and `manifest.json` (source, publisher, year, licence, attribution, row count, SHA-256).
"""
import csv
import hashlib
import io
import json
import os
import sys

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "org", "tanji", "factors",
                   "datasets")
COLUMNS = ["id", "name", "name_zh", "category", "region", "region_zh", "year", "unit", "source_unit", "gas",
           "amount", "amount_unit", "gwp_set", "note"]

DESNZ_UNITS = {"km": "km", "miles": "mi", "kg": "kg", "tonnes": "t", "tonne.km": "t·km",
               "passenger.km": "passenger·km", "litres": "L", "kWh (Net CV)": "kWh", "kWh (Gross CV)": "kWh",
               "GJ": "GJ", "Room per night": "room·night", "kWh": "kWh", "cubic metres": "m3",
               "per FTE Working Hour": "FTE·h", "million litres": "million litres"}
EPA_UNITS = {"short ton": "short ton", "vehicle-mile": "mi", "gallon": "gal", "mmBtu (HHV)": "mmBtu",
             "mmBtu": "mmBtu", "MWh": "MWh", "passenger-mile": "passenger·mi", "scf": "scf",
             "short ton-mile": "short ton·mi"}
EPA_MASS = {"kg CO2": "kg", "g CH4": "g", "g N2O": "g", "lb CO2": "lb", "lb CH4": "lb", "lb N2O": "lb"}


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def row(src, name, gas, amount, amount_unit="kg", gwp_set="", unit=None, note="", name_zh="", region_zh=""):
    return {"id": src["id"], "name": name, "name_zh": name_zh, "category": src["category"],
            "region": src["region"], "region_zh": region_zh, "year": src["year"], "unit": unit,
            "source_unit": src["unit"], "gas": gas, "amount": amount, "amount_unit": amount_unit,
            "gwp_set": gwp_set, "note": note}


def desnz(src):
    out = []
    for r in read(os.path.join(src, "desnz-2024.csv")):
        out.extend(desnz_one(r))
    return out


def desnz_one(r):
    """One DESNZ factor as published: its CO2e total (AR5)."""
    unit = DESNZ_UNITS[r["unit"]]
    name = r["name"]
    if "CV" in r["unit"]:
        name += " — per " + r["unit"]
    if r["category"] == "Outside of scopes":
        # DESNZ gives only the biogenic CO2 of these memo items, in the CO2 column
        return [row(r, name, "CO2e:biogenic-emission", r["co2_kgco2e"], gwp_set="AR5", unit=unit,
                    note="outside of scopes: biogenic CO2")]
    return [row(r, name, "CO2e", r["value"], gwp_set="AR5", unit=unit,
                note="CO2e parts as published: CO2 %s, CH4 %s, N2O %s" % (
                    r["co2_kgco2e"], r["ch4_kgco2e"], r["n2o_kgco2e"]))]


# DESNZ weights each gas with the AR5 GWP100 it lists in the same file, CH4 28 whatever its origin and N2O 265; the
# gas masses are its CO2e parts divided by these. Combustion of fuels (including vehicles, freight and travel) emits
# fossil methane; electricity, heat and steam come from a mix that includes biomass, so their methane is stated
# without an origin (Tanji counts it as fossil and says so in every result that uses it).
DESNZ_CH4_GWP = 28
DESNZ_N2O_GWP = 265
DESNZ_MIXED_ORIGIN = {"UK electricity", "UK electricity for EVs", "UK electricity T&D for EVs",
                      "Transmission and distribution", "Heat and steam", "Managed assets- electricity"}


def desnz_by_gas(src):
    out = []
    for r in read(os.path.join(src, "desnz-2024.csv")):
        if not (r["ch4_kgco2e"] or r["n2o_kgco2e"]) or r["category"] == "Outside of scopes":
            out.extend(desnz_one(r))
            continue
        unit = DESNZ_UNITS[r["unit"]]
        name = r["name"] + (" — per " + r["unit"] if "CV" in r["unit"] else "")
        ch4 = "CH4" if r["category"] in DESNZ_MIXED_ORIGIN else "CH4-fossil"
        note = ("gas masses from DESNZ's CO2e parts (CO2 %s, CH4 %s, N2O %s kg CO2e) divided by the GWPs DESNZ used"
                " (CH4 %d, N2O %d); DESNZ total %s kg CO2e (AR5)" % (r["co2_kgco2e"], r["ch4_kgco2e"], r["n2o_kgco2e"],
                                                                     DESNZ_CH4_GWP, DESNZ_N2O_GWP, r["value"]))
        out.append(row(r, name, "CO2-fossil", r["co2_kgco2e"], unit=unit, note=note))
        out.append(row(r, name, ch4, repr(float(r["ch4_kgco2e"]) / DESNZ_CH4_GWP), unit=unit, note=note))
        out.append(row(r, name, "N2O", repr(float(r["n2o_kgco2e"]) / DESNZ_N2O_GWP), unit=unit, note=note))
    return out


def epa_hub(src):
    out = []
    for r in read(os.path.join(src, "epa-ghg-hub-2025.csv")):
        unit = EPA_UNITS[r["unit"]]
        if r["value"]:
            out.append(row(r, r["name"], "CO2e", r["value"], amount_unit="t", gwp_set="AR4", unit=unit,
                           note="metric ton CO2e per short ton (WARM, AR4)"))
            continue
        biomass = "Biomass" in r["category"]
        for gas, col in (("CO2-biogenic" if biomass else "CO2-fossil", "co2"),
                         ("CH4-biogenic" if biomass else "CH4-fossil", "ch4"), ("N2O", "n2o")):
            if r[col]:
                out.append(row(r, r["name"], gas, r[col], amount_unit=EPA_MASS[r[col + "_unit"]], unit=unit,
                               note=r["note"]))
    return out


def useeio(src):
    return [row(r, r["name"] + " (NAICS " + r["naics_2017"] + ")", "CO2e", r["value"], gwp_set="AR4",
                unit="USD2021", note="with margins; without margins %s" % r["value_without_margins"])
            for r in read(os.path.join(src, "epa-useeio-supply-chain-v1.2.csv"))]


def gwp(src):
    return [row(r, r["name"] + " — " + r["gwp_basis"], "CO2e", r["value"], gwp_set=r["gwp_basis"][:3],
                unit="kg", note="GWP100 of " + r["gas"] + "; " + r["verification"])
            for r in read(os.path.join(src, "gwp-ipcc.csv"))]


def china(src):
    out = []
    for r in read(os.path.join(src, "china-grid-mee.csv")):
        footprint = r["gas"].startswith("CO2e")
        name = r["name"]
        if not r["basis"].startswith("电力平均"):  # national variants share a name; their basis tells them apart
            name += " — " + r["basis"][r["basis"].rfind(" (") + 2:r["basis"].rfind(")")]
        out.append(row(r, name, "CO2e" if footprint else "CO2-fossil", r["value"],
                       gwp_set="unstated" if footprint else "", unit="kWh", name_zh=r["name_zh"],
                       region_zh=r["region_zh"], note=r["basis"] + "; " + r["document_no"] + "; " + r["verification"]))
    return out


OGL = ("Contains public sector information licensed under the Open Government Licence v3.0. © Crown copyright "
       "2024, Department for Energy Security and Net Zero and Department for Environment, Food & Rural Affairs: "
       "Greenhouse gas reporting: conversion factors 2024.")
DATASETS = [
    ("desnz-2024", "1.1", desnz, {
        "title": "UK Government GHG Conversion Factors for Company Reporting 2024 (flat file v1.1, 18 Oct 2024)",
        "publisher": "Department for Energy Security and Net Zero (DESNZ) and Defra; produced by Ricardo",
        "year": 2024, "licence": "OGL-UK-3.0", "attribution": OGL, "secondary": False,
        "sourceUrl": "https://www.gov.uk/government/publications/greenhouse-gas-reporting-conversion-factors-2024",
        "copyUsed": "SWASTIKA3011/Carbon-Lens : ghg-conversion-factors-2024-FlatFormat_v1_1.xlsx @ 126636b1",
        "notes": "kg CO2e per unit, IPCC AR5 GWP100. 'Outside of scopes' rows are biogenic CO2 memo items."}),
    ("desnz-2024", "1.1-by-gas", desnz_by_gas, {
        "title": "UK Government GHG Conversion Factors for Company Reporting 2024 (flat file v1.1, 18 Oct 2024),"
                 " combustion factors split by gas",
        "publisher": "Department for Energy Security and Net Zero (DESNZ) and Defra; produced by Ricardo",
        "year": 2024, "licence": "OGL-UK-3.0", "attribution": OGL, "secondary": False,
        "sourceUrl": "https://www.gov.uk/government/publications/greenhouse-gas-reporting-conversion-factors-2024",
        "copyUsed": "SWASTIKA3011/Carbon-Lens : ghg-conversion-factors-2024-FlatFormat_v1_1.xlsx @ 126636b1",
        "notes": "The 1,302 factors DESNZ publishes with a CO2 / CH4 / N2O split (fuels, vehicles, freight, travel,"
                 " electricity, heat) as masses of each gas, so a calculation characterises them with its own GWP"
                 " set: kg CH4 = DESNZ's CH4 part / 28 and kg N2O = its N2O part / 265 (the AR5 values DESNZ"
                 " used); CO2 is fossil (biogenic CO2 is DESNZ's 'outside of scopes'); methane of fuels is fossil,"
                 " of electricity and heat unstated. Every other factor as in version 1.1 (CO2e, AR5)."}),
    ("epa-ghg-hub-2025", "2025-01-15", epa_hub, {
        "title": "US EPA GHG Emission Factors Hub (last modified 15 Jan 2025)",
        "publisher": "US EPA Center for Corporate Climate Leadership", "year": 2025,
        "licence": "Public domain (US federal government work, 17 U.S.C. 105)",
        "attribution": "U.S. EPA, GHG Emission Factors Hub, January 2025. No EPA endorsement is implied.",
        "secondary": False, "sourceUrl": "https://www.epa.gov/climateleadership/ghg-emission-factors-hub",
        "copyUsed": "SWASTIKA3011/Carbon-Lens : ghg-emission-factors-hub-2025.xlsx @ 126636b1",
        "notes": "Per-gas masses in EPA's units (g, lb) converted at load; Table 9 waste in metric t CO2e per short"
                 " ton (AR4). US customary units: short ton, US gallon, scf."}),
    ("epa-useeio-supply-chain", "1.2", useeio, {
        "title": "US EPA Supply Chain GHG Emission Factors v1.2 by NAICS-6 (USEEIO v2, 2021 USD)",
        "publisher": "US EPA", "year": 2021,
        "licence": "Public domain (US federal government work, 17 U.S.C. 105)",
        "attribution": "U.S. EPA, Supply Chain Greenhouse Gas Emission Factors v1.2 by NAICS-6, "
                       "doi:10.23719/1528686.", "secondary": False,
        "sourceUrl": "https://doi.org/10.23719/1528686",
        "copyUsed": "rupakrish78/GHG-Astair : SupplyChainGHGEmissionFactors_v1.2_NAICS_CO2e_USD2021.csv @ 02459934",
        "notes": "Spend-based, kg CO2e per 2021 USD purchaser price, with margins; AR4. US averages: screening"
                 " fallback only."}),
    ("ipcc-gwp100", "AR4-AR5-AR6", gwp, {
        "title": "IPCC GWP100 values of AR4, AR5 and AR6 (compiled by openclimatedata/globalwarmingpotentials)",
        "publisher": "IPCC (values); openclimatedata (compilation)", "year": 2021,
        "licence": "CC0-1.0 (compilation); values from IPCC assessment reports",
        "attribution": "GWP100 values from IPCC AR4 WGI Table 2.14, AR5 WGI Table 8.A.1 and AR6 WGI Table 7.SM.7, "
                       "compiled by openclimatedata/globalwarmingpotentials (CC0).", "secondary": False,
        "sourceUrl": "https://github.com/openclimatedata/globalwarmingpotentials",
        "copyUsed": "openclimatedata/globalwarmingpotentials : globalwarmingpotentials.csv @ fc4e6f48",
        "notes": "kg CO2e per kg of gas. The fossil/non-fossil methane rows are secondary copies."}),
    ("cn-mee-grid", "2021-2023", china, {
        "title": "China electricity CO2 emission factors 2021–2023 (MEE & NBS announcements 2024 No.12, 2024 No.33,"
                 " 2025 No.47) and national electricity carbon-footprint factors",
        "publisher": "生态环境部、国家统计局 (Ministry of Ecology and Environment; National Bureau of Statistics)",
        "year": 2023, "licence": "PRC official document (Copyright Law Art. 5: not subject to copyright)",
        "attribution": "生态环境部、国家统计局《电力二氧化碳排放因子》公告 (MEE & NBS electricity CO2 emission factor"
                       " announcements), secondary copies.", "secondary": True,
        "sourceUrl": "https://www.mee.gov.cn/",
        "copyUsed": "secondary copies named row by row in ../shared/data/emission-factors/PROVENANCE.md",
        "notes": "SECONDARY: copies from third-party repositories; keep until the official MEE attachment replaces"
                 " them. kg CO2 per kWh (CO2 only), consumption side; footprint rows are life-cycle kg CO2e."}),
]


def main(src):
    index = []
    for dataset, version, transform, meta in DATASETS:
        rows = transform(src)
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        data = buf.getvalue().encode("utf-8")
        folder = os.path.join(OUT, dataset, version)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "factors.csv"), "wb") as f:
            f.write(data)
        manifest = dict(meta, dataset=dataset, version=version, file="factors.csv", rows=len(rows),
                        factors=len({r["id"] for r in rows}), sha256=hashlib.sha256(data).hexdigest())
        with open(os.path.join(folder, "manifest.json"), "w", encoding="utf-8") as f:
            json.dump(manifest, f, ensure_ascii=False, indent=2)
            f.write("\n")
        index.append(dataset + "/" + version)
        print(dataset, version, len(rows), "rows")
    with open(os.path.join(OUT, "index.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(index) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/emission-factors")
