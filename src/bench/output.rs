//! Bench results for people (a table), tools (JSON, CSV), documents (markdown) and eyes (an SVG
//! plot of latency against image size, one line per path, log scales).

use comfy_table::{presets::UTF8_BORDERS_ONLY, Cell, ContentArrangement, Table};
use plotters::prelude::*;

use super::image::size_label;
use super::stats::Row;

fn ratio_text(r: &Row) -> String {
    match (r.ratio, r.ratio_iqr) {
        (Some(m), Some((a, b))) => format!("{m:.2}× ({a:.2}–{b:.2})"),
        _ => "-".into(),
    }
}

/// The terminal table.
pub fn table(rows: &[Row]) -> String {
    let mut t = Table::new();
    t.load_preset(UTF8_BORDERS_ONLY)
        .set_content_arrangement(ContentArrangement::Dynamic);
    t.set_header([
        "case",
        "size",
        "path",
        "median",
        "mean ± σ",
        "min",
        "max",
        "vs file (IQR)",
        "outliers",
    ]);
    for r in rows {
        t.add_row([
            Cell::new(&r.case),
            Cell::new(size_label(r.size)),
            Cell::new(r.path.name()),
            Cell::new(format!("{:.3} ms", r.median_ms)),
            Cell::new(format!("{:.3} ± {:.3}", r.mean_ms, r.stddev_ms)),
            Cell::new(format!("{:.3}", r.min_ms)),
            Cell::new(format!("{:.3}", r.max_ms)),
            Cell::new(ratio_text(r)),
            Cell::new(format!("{}/{}", r.outliers, r.runs)),
        ]);
    }
    t.to_string()
}

/// JSON array of rows.
pub fn json(rows: &[Row]) -> String {
    serde_json::to_string_pretty(rows).unwrap_or_default() + "\n"
}

/// CSV with a header line.
pub fn csv(rows: &[Row]) -> String {
    let mut s = String::from("case,size,path,runs,median_ms,mean_ms,stddev_ms,min_ms,max_ms,outliers,ratio_to_file,ratio_p25,ratio_p75\n");
    for r in rows {
        let (a, b) = r
            .ratio_iqr
            .map_or((String::new(), String::new()), |(a, b)| {
                (format!("{a:.4}"), format!("{b:.4}"))
            });
        s.push_str(&format!(
            "{},{},{},{},{:.4},{:.4},{:.4},{:.4},{:.4},{},{},{},{}\n",
            r.case,
            r.size,
            r.path.name(),
            r.runs,
            r.median_ms,
            r.mean_ms,
            r.stddev_ms,
            r.min_ms,
            r.max_ms,
            r.outliers,
            r.ratio.map_or(String::new(), |x| format!("{x:.4}")),
            a,
            b
        ));
    }
    s
}

/// A markdown table.
pub fn markdown(rows: &[Row]) -> String {
    let mut s = String::from("| case | size | path | median | mean ± σ | min | max | vs file (IQR) | outliers |\n|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
    for r in rows {
        s.push_str(&format!(
            "| {} | {} | {} | {:.3} ms | {:.3} ± {:.3} | {:.3} | {:.3} | {} | {}/{} |\n",
            r.case,
            size_label(r.size),
            r.path.name(),
            r.median_ms,
            r.mean_ms,
            r.stddev_ms,
            r.min_ms,
            r.max_ms,
            ratio_text(r),
            r.outliers,
            r.runs
        ));
    }
    s
}

fn axis_size(x: f64) -> String {
    if x >= 1048576.0 {
        format!("{:.0} MiB", x / 1048576.0)
    } else if x >= 1024.0 {
        format!("{:.0} KiB", x / 1024.0)
    } else {
        format!("{x:.0} B")
    }
}

/// An SVG plot: median latency against image size, one line per path, log-log.
pub fn plot(rows: &[Row], path: &std::path::Path) -> Result<(), String> {
    let sizes: Vec<f64> = rows.iter().map(|r| r.size as f64).collect();
    let lat: Vec<f64> = rows.iter().map(|r| r.median_ms).collect();
    let (xmin, xmax) = sizes
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), &x| (a.min(x), b.max(x)));
    let (ymin, ymax) = lat
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), &x| (a.min(x), b.max(x)));
    let root = SVGBackend::new(path, (900, 600)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| e.to_string())?;
    let mut chart = ChartBuilder::on(&root)
        .caption(
            "memrun exec paths: latency vs image size",
            ("sans-serif", 22),
        )
        .margin(20)
        .x_label_area_size(50)
        .y_label_area_size(70)
        .build_cartesian_2d(
            (xmin / 1.5..xmax * 1.5).log_scale(),
            (ymin / 1.5..ymax * 1.5).log_scale(),
        )
        .map_err(|e| e.to_string())?;
    chart
        .configure_mesh()
        .x_desc("image size (bytes)")
        .y_desc("median latency (ms)")
        .x_label_formatter(&|x| axis_size(*x))
        .draw()
        .map_err(|e| e.to_string())?;
    let mut paths: Vec<_> = rows.iter().map(|r| r.path).collect();
    paths.dedup();
    paths.sort_by_key(|p| p.name());
    paths.dedup();
    let colors = [RED, BLUE, GREEN, MAGENTA, BLACK];
    for (i, p) in paths.iter().enumerate() {
        let mut pts: Vec<(f64, f64)> = rows
            .iter()
            .filter(|r| r.path == *p)
            .map(|r| (r.size as f64, r.median_ms))
            .collect();
        pts.sort_by(|a, b| a.0.total_cmp(&b.0));
        let c = colors[i % colors.len()];
        chart
            .draw_series(LineSeries::new(pts.clone(), c.stroke_width(2)))
            .map_err(|e| e.to_string())?
            .label(p.name())
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], c.stroke_width(2)));
        chart
            .draw_series(pts.into_iter().map(|pt| Circle::new(pt, 4, c.filled())))
            .map_err(|e| e.to_string())?;
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()
        .map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())
}
