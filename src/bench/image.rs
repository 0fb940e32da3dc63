//! Synthetic executables of an exact size for path benchmarks: a few bytes of code that exit(0)
//! at once, and a read-only `PT_LOAD` segment of pseudo-random bytes filling the rest, so every
//! byte is really written (no sparse hole, nothing a filesystem could compress or dedupe) and
//! really mapped by the kernel at exec.

use object::elf;

use crate::Image;

const BASE: u64 = 0x40_0000;
const DATA_BASE: u64 = 0x60_0000;
const HEADERS: usize = 64 + 2 * 56;
/// `xor edi,edi; mov eax,231 (exit_group); syscall`
const CODE: [u8; 9] = [0x31, 0xff, 0xb8, 0xe7, 0x00, 0x00, 0x00, 0x0f, 0x05];
const DATA_OFF: usize = 256;

/// An image of exactly `size` bytes (at least 512).
pub fn synthetic(size: usize) -> Image {
    let size = size.max(512);
    let mut b = vec![0u8; size];
    b[..4].copy_from_slice(&elf::ELFMAG);
    b[4] = elf::ELFCLASS64;
    b[5] = elf::ELFDATA2LSB;
    b[6] = elf::EV_CURRENT;
    let put16 =
        |b: &mut Vec<u8>, at: usize, v: u16| b[at..at + 2].copy_from_slice(&v.to_le_bytes());
    let put32 =
        |b: &mut Vec<u8>, at: usize, v: u32| b[at..at + 4].copy_from_slice(&v.to_le_bytes());
    let put64 =
        |b: &mut Vec<u8>, at: usize, v: u64| b[at..at + 8].copy_from_slice(&v.to_le_bytes());
    put16(&mut b, 16, elf::ET_EXEC);
    put16(&mut b, 18, elf::EM_X86_64);
    put32(&mut b, 20, 1);
    put64(&mut b, 24, BASE + HEADERS as u64); // entry: the code right after the headers
    put64(&mut b, 32, 64); // phoff
    put16(&mut b, 52, 64);
    put16(&mut b, 54, 56);
    put16(&mut b, 56, 2);
    // Code segment: headers + code.
    let ph = 64;
    put32(&mut b, ph, elf::PT_LOAD);
    put32(&mut b, ph + 4, elf::PF_R | elf::PF_X);
    put64(&mut b, ph + 16, BASE);
    put64(&mut b, ph + 24, BASE);
    put64(&mut b, ph + 32, (HEADERS + CODE.len()) as u64);
    put64(&mut b, ph + 40, (HEADERS + CODE.len()) as u64);
    put64(&mut b, ph + 48, 0x1000);
    b[HEADERS..HEADERS + CODE.len()].copy_from_slice(&CODE);
    // Data segment: everything else, pseudo-random.
    let ph = 64 + 56;
    let data_len = (size - DATA_OFF) as u64;
    put32(&mut b, ph, elf::PT_LOAD);
    put32(&mut b, ph + 4, elf::PF_R);
    put64(&mut b, ph + 8, DATA_OFF as u64);
    put64(&mut b, ph + 16, DATA_BASE + DATA_OFF as u64);
    put64(&mut b, ph + 24, DATA_BASE + DATA_OFF as u64);
    put64(&mut b, ph + 32, data_len);
    put64(&mut b, ph + 40, data_len);
    put64(&mut b, ph + 48, 0x1000);
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for chunk in b[DATA_OFF..].chunks_mut(8) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let bytes = x.to_le_bytes();
        chunk.copy_from_slice(&bytes[..chunk.len()]);
    }
    Image::new(format!("bench-{size}"), b).expect("synthetic image is valid")
}

/// Parses sizes like `4K`, `2M`, `64M`, `1G` or plain bytes.
pub fn parse_size(s: &str) -> Result<usize, String> {
    let s = s.trim();
    let (num, mult) = match s.chars().last() {
        Some('K' | 'k') => (&s[..s.len() - 1], 1024),
        Some('M' | 'm') => (&s[..s.len() - 1], 1024 * 1024),
        Some('G' | 'g') => (&s[..s.len() - 1], 1024 * 1024 * 1024),
        _ => (s, 1),
    };
    let n: usize = num
        .parse()
        .map_err(|_| format!("invalid size {s:?} (examples: 4K, 2M, 64M)"))?;
    let bytes = n
        .checked_mul(mult)
        .ok_or_else(|| format!("size {s} is too large"))?;
    if bytes < 512 {
        return Err(format!("size {s} is too small (at least 512 bytes)"));
    }
    // The same bound as any image memrun runs: the bytes are held in memory and again in the
    // memfd, so a typo like 100G must be an error, not an allocation failure.
    if bytes as u64 > crate::input::MAX_IMAGE {
        return Err(format!(
            "size {s} is larger than {} MiB, memrun's limit for an executable",
            crate::input::MAX_IMAGE >> 20
        ));
    }
    Ok(bytes)
}

/// `4K`/`2M` style label.
pub fn size_label(n: usize) -> String {
    if n % (1024 * 1024) == 0 {
        format!("{}M", n / (1024 * 1024))
    } else if n % 1024 == 0 {
        format!("{}K", n / 1024)
    } else {
        format!("{n}B")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_sizes_and_valid() {
        for s in [512, 4096, 2 << 20] {
            assert_eq!(synthetic(s).len(), s);
        }
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert!(parse_size("3X").is_err());
        assert!(parse_size("100G")
            .unwrap_err()
            .contains("larger than 1024 MiB"));
        assert_eq!(parse_size("1G"), Ok(1 << 30));
        assert_eq!(size_label(4096), "4K");
    }
}
