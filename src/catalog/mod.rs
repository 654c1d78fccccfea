//! The miner catalog: ASIC specifications from `data/miners.csv`, compiled in by
//! `build.rs` with the source of every row. Specs differ between sources by up to 5 %
//! (docs/domain.md §5), so the page lets the user edit them.

/// How a machine is cooled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cooling {
    Air,
    Hydro,
    Immersion,
}

/// How far the row's sources agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confidence {
    Good,
    Medium,
    Low,
}

/// One catalog row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Miner {
    /// Stable identifier, used as the `miner` value in links.
    pub id: &'static str,
    pub maker: &'static str,
    pub model: &'static str,
    /// TH/s.
    pub hashrate_th: f64,
    /// W at the wall.
    pub power_w: f64,
    /// Year of release.
    pub released: u16,
    pub cooling: Cooling,
    pub confidence: Confidence,
    /// Where the figures come from.
    pub source: &'static str,
}

impl Miner {
    /// The maker and the model, for people: "Canaan Avalon A1246".
    pub fn name(&self) -> String {
        format!("{} {}", self.maker, self.model)
    }

    /// J/TH.
    pub fn efficiency_j_per_th(&self) -> f64 {
        self.power_w / self.hashrate_th
    }
}

/// Every catalog row, in file order.
pub static MINERS: &[Miner] = include!(concat!(env!("OUT_DIR"), "/miners.rs"));

/// The row with this id.
pub fn find(id: &str) -> Option<&'static Miner> {
    MINERS.iter().find(|m| m.id == id)
}

/// Makers in order of first appearance, for grouping the picker.
pub fn makers() -> Vec<&'static str> {
    let mut makers: Vec<&'static str> = Vec::new();
    for m in MINERS {
        if !makers.contains(&m.maker) {
            makers.push(m.maker);
        }
    }
    makers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_is_built_in() {
        assert_eq!(MINERS.len(), 29);
        let a1246 = find("avalon-a1246").expect("the Canaan scenario's machine");
        assert_eq!((a1246.hashrate_th, a1246.power_w), (90.0, 3_420.0));
        assert_eq!(a1246.efficiency_j_per_th(), 38.0);
        assert!(a1246.source.contains("asics-tools"));
        assert_eq!(find("antminer-s9").map(|m| m.hashrate_th), Some(13.5));
        assert_eq!(find("nope"), None);
        assert_eq!(makers(), ["Canaan", "Bitmain", "MicroBT", "Bitdeer"]);
    }
}
