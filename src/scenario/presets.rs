//! Whole scenarios a user opens in one click, as v1 links: the story hashwatt began
//! from, with the figures of its time and where each comes from.

/// A scenario to open in one click.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preset {
    /// Stable identifier (the `data-preset` of its button).
    pub id: &'static str,
    pub name: &'static str,
    /// The link that opens it: a v1 query string.
    pub query: &'static str,
    /// Where its figures come from.
    pub sources: &'static str,
    /// Whether it opens on the network figures in use (an everyday starting point, on
    /// today's network) rather than on the ones its query carries or follows.
    pub keeps_network: bool,
}

/// Canaan's AvalonMiners in Kazakhstan at the end of 2021 (docs/domain.md §7), beside the
/// same fleet on the shipped snapshot (`cmp=1`).
pub const CANAAN_2021: Preset = Preset {
    id: "canaan-kz-2021",
    name: "Canaan in Kazakhstan, end of 2021",
    query: "v=1&miner=avalon-a1246&th=90&w=3420&n=10300&cur=KZT&fxkzt=431.8&kwh=20&sur=1&scur=KZT&co2=821&region=kz&price=46306.45&diff=24272331996979.97&height=716599&txfee=0.05&date=2021-12-31&cmp=1",
    sources: "Fleet: Canaan reported an average of 10,300 AvalonMiners in operation in Kazakhstan as of 2021-12-31 (joint mining with local farms); modelled as Avalon A1246 at the catalog's 90 TH/s and 3,420 W (secondary sources give 83-90 TH/s). \
Network: difficulty 24,272,331,996,979.97, set at block 715,680 on 2021-12-24 and in force to 2022-01-08; height 716,599 is the first block of 2022 (Coin Metrics product docs); BTC $46,306.45, the 2021-12-31 daily close (CoinMarketCap, Yahoo Finance); subsidy 6.25 BTC. \
Fees 0.05 BTC a block is an estimate from Coin Metrics' miner revenue of 2022-01-01 (no monthly average found). \
Power: 20 KZT/kWh (miners paid about 18-20 KZT/kWh before the 2022 cut-offs; about 5 US cents, The Diplomat 2021-10) plus the surcharge of 1 KZT/kWh, the flat rate in force from 2022-01-01 (Law No. 53-VII of 2021-06-24; the price bands of art. 606-3 apply only from 2023-01-01). \
USD/KZT 431.8 is approximately the official rate of 2021-12-31 (not verified against a published source here: edit it). Grid 821 g CO2e/kWh (Ember, 2023).",
    keeps_network: false,
};

/// One Antminer S21 XP (the catalog's specs) at 5 US cents per kWh, on today's network.
pub const S21_XP_AT_5: Preset = Preset {
    id: "s21xp-5c",
    name: "S21 XP at 5 ¢",
    query: "v=1&miner=antminer-s21-xp&kwh=0.05",
    sources: "Antminer S21 XP: the catalog's 270 TH/s and 3,645 W (data/miners.csv). 5 US cents per kWh: a common industrial tariff; edit it.",
    keeps_network: true,
};

/// A machine in a hosting facility: an all-in 7.5 US cents per kWh, cooling included
/// (PUE 1), on today's network.
pub const HOSTED_AT_7_5: Preset = Preset {
    id: "hosted-7.5c",
    name: "Hosted at 7.5 ¢",
    query: "v=1&kwh=0.075&pue=1",
    sources: "Hosting is usually sold at an all-in price per kWh drawn by the machine, cooling included (hence PUE 1); 7.5 US cents is a typical offer; edit it.",
    keeps_network: true,
};

/// A 10 MW site of S21 XPs: as many units as fit at PUE 1.1, at 4.5 US cents per kWh.
pub const SITE_10_MW: Preset = Preset {
    id: "site-10mw",
    name: "A 10 MW site",
    query: "v=1&miner=antminer-s21-xp&n=2494&cap=10&pue=1.1&kwh=0.045",
    sources: "2,494 Antminer S21 XP at 3,645 W and PUE 1.1 draw 10.0 MW (2,494 x 3.645 kW x 1.1 = 9,999.6 kW); 4.5 US cents per kWh, an industrial tariff; edit any of them.",
    keeps_network: true,
};

/// The everyday starting points, in the order the page offers them. The Canaan story
/// has a card of its own.
pub const PRESETS: [Preset; 3] = [S21_XP_AT_5, HOSTED_AT_7_5, SITE_10_MW];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{Params, Scenario};

    #[test]
    fn every_preset_opens_without_a_rejected_key() {
        for p in PRESETS.into_iter().chain([CANAAN_2021]) {
            let (params, rejected) = Params::from_query(p.query);
            assert!(rejected.is_empty(), "{}: {rejected:?}", p.id);
            assert!(Scenario::from_params(&params).is_ok(), "{}", p.id);
        }
    }

    #[test]
    fn the_10_mw_site_fits_its_capacity() {
        let (params, _) = Params::from_query(SITE_10_MW.query);
        let s = Scenario::from_params(&params).expect("valid");
        let e = s.economics().expect("figures");
        assert_eq!(e.site.units_running, 2494, "every unit fits in 10 MW");
        assert!(!e.site.capacity_limited);
        let site_mw = 2494.0 * 3.645 * 1.1 / 1000.0;
        assert!(site_mw <= 10.0 && site_mw > 9.99, "{site_mw}");
    }
}
