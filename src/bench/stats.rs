//! Summary statistics of one path on one workload, with outliers counted (Tukey fences), not
//! hidden, and the ratio to the persistent path computed run by run (runs are interleaved, so the
//! i-th runs of two paths saw the same machine state).

use serde::Serialize;

use super::ExecPath;

/// One result row.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// Workload label.
    pub case: String,
    /// Image size in bytes.
    pub size: usize,
    /// The path.
    pub path: ExecPath,
    /// Runs measured.
    pub runs: usize,
    /// Median, ms.
    pub median_ms: f64,
    /// Mean, ms.
    pub mean_ms: f64,
    /// Standard deviation, ms.
    pub stddev_ms: f64,
    /// Minimum, ms.
    pub min_ms: f64,
    /// Maximum, ms.
    pub max_ms: f64,
    /// Runs outside 1.5 IQR of the quartiles.
    pub outliers: usize,
    /// Median of per-run ratios to the persistent path (None without a persistent row).
    pub ratio: Option<f64>,
    /// 25th and 75th percentiles of those ratios.
    pub ratio_iqr: Option<(f64, f64)>,
}

/// The `q` quantile (0..=1) of sorted data, linearly interpolated.
pub fn quantile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let pos = q * (sorted.len() - 1) as f64;
    let lo = pos.floor() as usize;
    let hi = pos.ceil() as usize;
    sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo as f64)
}

fn sorted(v: &[f64]) -> Vec<f64> {
    let mut s = v.to_vec();
    s.sort_by(|a, b| a.total_cmp(b));
    s
}

impl Row {
    /// Summarises `samples` (ms); `baseline` are the persistent path's samples of the same rounds.
    pub fn new(
        case: &str,
        size: usize,
        path: ExecPath,
        samples: &[f64],
        baseline: Option<&[f64]>,
    ) -> Row {
        let s = sorted(samples);
        let n = s.len().max(1) as f64;
        let mean = s.iter().sum::<f64>() / n;
        let var = s.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0).max(1.0);
        let (q1, q3) = (quantile(&s, 0.25), quantile(&s, 0.75));
        let iqr = q3 - q1;
        let outliers = s
            .iter()
            .filter(|&&x| x < q1 - 1.5 * iqr || x > q3 + 1.5 * iqr)
            .count();
        let (ratio, ratio_iqr) = match baseline {
            Some(b) if b.len() == samples.len() && !b.is_empty() => {
                let r = sorted(
                    &samples
                        .iter()
                        .zip(b)
                        .map(|(a, b)| a / b)
                        .collect::<Vec<_>>(),
                );
                (
                    Some(quantile(&r, 0.5)),
                    Some((quantile(&r, 0.25), quantile(&r, 0.75))),
                )
            }
            _ => (None, None),
        };
        Row {
            case: case.to_owned(),
            size,
            path,
            runs: samples.len(),
            median_ms: quantile(&s, 0.5),
            mean_ms: mean,
            stddev_ms: var.sqrt(),
            min_ms: s.first().copied().unwrap_or(f64::NAN),
            max_ms: s.last().copied().unwrap_or(f64::NAN),
            outliers,
            ratio,
            ratio_iqr,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_statistics() {
        let r = Row::new(
            "x",
            1,
            ExecPath::Memfd,
            &[1.0, 2.0, 3.0, 4.0, 100.0],
            Some(&[1.0, 1.0, 1.0, 2.0, 50.0]),
        );
        assert_eq!(r.median_ms, 3.0);
        assert_eq!(r.min_ms, 1.0);
        assert_eq!(r.max_ms, 100.0);
        assert_eq!(r.outliers, 1);
        assert_eq!(r.ratio, Some(2.0));
        assert!((r.mean_ms - 22.0).abs() < 1e-9);
        assert_eq!(quantile(&[1.0, 3.0], 0.5), 2.0);
    }
}
