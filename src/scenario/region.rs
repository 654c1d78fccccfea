//! Region presets: the tariff, currency, surcharge, time of use and grid intensity of a
//! place, each with where it comes from and the year its figures are from. A preset only
//! fills fields; every one stays editable. Figures without a public source are left as
//! the user has them; a surcharge band no source gives is left empty (unknown), never
//! filled from a neighbouring band: the page says so and asks for it.

use super::key::Key;

/// A region whose terms hashwatt can fill in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Region {
    /// Neutral: no surcharge, no time of use, no curtailment, no intensity stated.
    #[default]
    Custom,
    /// Kazakhstan, buying from the grid.
    Kazakhstan,
    /// Kazakhstan, on the miner's own generation.
    KazakhstanOwn,
    /// Kazakhstan, on the miner's own renewable generation.
    KazakhstanRenewable,
    /// Texas, on the ERCOT grid.
    Ercot,
    Paraguay,
    Ethiopia,
}

impl Region {
    pub const ALL: [Region; 7] = [
        Region::Custom,
        Region::Kazakhstan,
        Region::KazakhstanOwn,
        Region::KazakhstanRenewable,
        Region::Ercot,
        Region::Paraguay,
        Region::Ethiopia,
    ];

    /// The value of `region` in links.
    pub const fn id(self) -> &'static str {
        match self {
            Region::Custom => "custom",
            Region::Kazakhstan => "kz",
            Region::KazakhstanOwn => "kz-own",
            Region::KazakhstanRenewable => "kz-green",
            Region::Ercot => "ercot",
            Region::Paraguay => "py",
            Region::Ethiopia => "et",
        }
    }

    pub fn from_id(id: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.id() == id)
    }

    pub const fn name(self) -> &'static str {
        match self {
            Region::Custom => "Custom (neutral)",
            Region::Kazakhstan => "Kazakhstan, grid power (2023 surcharge bands)",
            Region::KazakhstanOwn => "Kazakhstan, own generation (2023 surcharge)",
            Region::KazakhstanRenewable => "Kazakhstan, own renewables (2023 surcharge)",
            Region::Ercot => "Texas (ERCOT)",
            Region::Paraguay => "Paraguay (hydro)",
            Region::Ethiopia => "Ethiopia (time of use)",
        }
    }

    /// The fields the preset sets, as link text in the preset's currency. Keys not
    /// listed keep the user's values.
    pub fn fields(self) -> &'static [(Key, &'static str)] {
        const NEUTRAL_SITE: [(Key, &str); 4] = [
            (Key::Peak, ""),
            (Key::Peakoff, "0"),
            (Key::Curt, "0"),
            (Key::Curtc, "0"),
        ];
        match self {
            Region::Custom => &[
                (Key::Sur, ""),
                (Key::Co2, ""),
                (Key::Peak, ""),
                (Key::Peakoff, "0"),
                (Key::Curt, "0"),
                (Key::Curtc, "0"),
            ],
            Region::Kazakhstan => &[
                (Key::Cur, "KZT"),
                (Key::Kwh, "20"),
                (Key::Scur, "KZT"),
                // Tax Code art. 606-3 from 2023-01-01: 1 KZT/kWh from an average price of
                // 24 KZT/kWh. Below 24 the bands (up to 25 KZT/kWh for the cheapest power)
                // were not found: the band is left empty, unknown, and the page asks for
                // it (the preset's own 20 KZT tariff falls in it).
                (Key::Sur, "1*24_*0"),
                (Key::Co2, "821"),
                NEUTRAL_SITE[0],
                NEUTRAL_SITE[1],
                NEUTRAL_SITE[2],
                NEUTRAL_SITE[3],
            ],
            Region::KazakhstanOwn => &[
                (Key::Cur, "KZT"),
                (Key::Scur, "KZT"),
                (Key::Sur, "10"),
                (Key::Co2, "821"),
                NEUTRAL_SITE[0],
                NEUTRAL_SITE[1],
                NEUTRAL_SITE[2],
                NEUTRAL_SITE[3],
            ],
            Region::KazakhstanRenewable => &[
                (Key::Cur, "KZT"),
                (Key::Scur, "KZT"),
                (Key::Sur, "1"),
                (Key::Co2, ""),
                NEUTRAL_SITE[0],
                NEUTRAL_SITE[1],
                NEUTRAL_SITE[2],
                NEUTRAL_SITE[3],
            ],
            Region::Ercot => &[
                (Key::Cur, "USD"),
                (Key::Kwh, "0.034"),
                (Key::Sur, ""),
                (Key::Co2, "369"),
                (Key::Peak, ""),
                (Key::Peakoff, "0"),
            ],
            Region::Paraguay => &[
                (Key::Cur, "USD"),
                (Key::Kwh, "0.0486"),
                (Key::Sur, ""),
                (Key::Co2, "24"),
                NEUTRAL_SITE[0],
                NEUTRAL_SITE[1],
                NEUTRAL_SITE[2],
                NEUTRAL_SITE[3],
            ],
            Region::Ethiopia => &[
                (Key::Cur, "USD"),
                (Key::Kwh, "0.04"),
                (Key::Peak, "0.06"),
                (Key::Peakh, "18-22"),
                (Key::Peakoff, "0"),
                (Key::Sur, ""),
                (Key::Co2, "25"),
                (Key::Curt, "0"),
                (Key::Curtc, "0"),
            ],
        }
    }

    /// Where each figure comes from, and what the preset leaves to the user.
    pub const fn source(self) -> &'static str {
        match self {
            Region::Custom => "No preset: no surcharge, no time of use, no curtailment, no grid intensity. Enter your own terms.",
            Region::Kazakhstan => "Figures of two dates. Tariff 20 KZT/kWh: what miners paid, about 18-20 KZT/kWh, before the 2022 grid cut-offs (reports of 2021-22; imported power then cost about 46 KZT by day, 26 at night). Surcharge: the bands of Tax Code art. 606-3 in force from 2023-01-01 (Law No. 135-VII of 2022-07-11), by the average purchase price: 1 KZT/kWh at 24 KZT/kWh or more, up to 25 KZT/kWh for the cheapest power (State Revenue Committee, August 2022: Kapital.kz, The Astana Times). The bands below 24 KZT/kWh were not found, so that band is left empty: enter the surcharge that applies to you (the page pauses until you do). From 2023-04-01 licensed miners buy grid power only from surplus, through the exchange, within a quota. Grid 821 g CO2e/kWh, coal 66.7 % (Ember / Our World in Data, 2023).",
            Region::KazakhstanOwn => "Surcharge 10 KZT/kWh on the miner's own generation (Tax Code art. 606-3, from 2023-01-01; State Revenue Committee, 2022). The tariff is your own cost of generation: enter it. Grid intensity 821 g CO2e/kWh (Ember, 2023) as a stand-in for coal-fired own generation.",
            Region::KazakhstanRenewable => "Surcharge 1 KZT/kWh on the miner's own renewable generation (Tax Code art. 606-3, from 2023-01-01; State Revenue Committee, 2022). The tariff is your own cost of generation, and the intensity your plant's: enter them.",
            Region::Ercot => "Tariff 3.4 US cents/kWh: Riot Platforms' all-in power cost in July 2024 (Rockdale 3.0, Corsicana 3.9; monthly update). ERCOT pays large flexible loads to curtail: Riot earned $24.2 M in curtailment credits and $7.4 M in demand response in August 2023. No public credit per MWh or hours was found: enter your programme's. US grid about 369 g CO2/kWh.",
            Region::Paraguay => "Tariff 4.86 US cents/kWh: ANDE high voltage (66 kV), 48.63 USD/MWh before VAT (Res. P/N° 49238, from 2024-08-01; 220 kV 44.34, medium voltage 51.23-59.76 USD/MWh; Última Hora). Grid nearly all hydro, about 24 g CO2/kWh.",
            Region::Ethiopia => "EEP's tariff for miners from 2025-12-01: 4.0 US cents/kWh, 6.0 at the 18:00-22:00 peak, VAT included (3.14 cents flat before; it rises on 2026-07-08 and 2027-07-08; Capital Ethiopia, fsxbusiness). Sources differ on the off-peak bands: the peak window is editable. Grid about 25 g CO2/kWh.",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_presets_are_valid_but_for_an_unknown_band() {
        use super::super::{Entered, Params, Problem, Scenario};
        for r in Region::ALL {
            assert_eq!(Region::from_id(r.id()), Some(r));
            let mut params = Params::default();
            params.apply_region(r, &mut Entered::default());
            match (r, Scenario::from_params(&params)) {
                (_, Ok(_)) if r != Region::Kazakhstan => {}
                // The grid preset leaves the band below 24 KZT/kWh unknown, and says so
                // rather than charge 1 or 25 KZT for it.
                (Region::Kazakhstan, Err(errors)) => {
                    let problems: Vec<_> = errors.iter().map(|e| (e.key, &e.problem)).collect();
                    assert_eq!(
                        problems,
                        [(
                            Key::Sur,
                            &Problem::SurchargeUnknown {
                                from: 0.0,
                                to: Some(24.0)
                            }
                        )]
                    );
                }
                (r, result) => panic!("{r:?}: {:?}", result.err()),
            }
        }
    }

    #[test]
    fn no_preset_fills_an_unknown_band_and_each_names_its_year() {
        for r in Region::ALL {
            let kazakh = matches!(
                r,
                Region::Kazakhstan | Region::KazakhstanOwn | Region::KazakhstanRenewable
            );
            if kazakh {
                assert!(r.name().contains("2023"), "{r:?}");
                assert!(r.source().contains("2023-01-01"), "{r:?}");
            }
        }
        let sur = Region::Kazakhstan
            .fields()
            .iter()
            .find(|(k, _)| *k == Key::Sur)
            .map(|(_, v)| *v);
        // Only the published band has a surcharge; no 25 fills the band below 24.
        assert_eq!(sur, Some("1*24_*0"));
    }
}
