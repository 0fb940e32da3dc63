//! Where a path lives: filesystem type (from the `statfs` magic), mount point, source and options
//! (from `/proc/self/mountinfo`), and whether that storage is RAM or disk-backed.
//!
//! Used by the exec paths to explain failures (`noexec`, read-only mounts) and by `trace` to
//! classify every executed binary.

use std::path::{Path, PathBuf};

/// One line of `/proc/self/mountinfo`, the fields a user needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mount {
    /// Where it is mounted.
    pub mount_point: PathBuf,
    /// Filesystem type as the kernel names it (`ext4`, `tmpfs`, …).
    pub fs_type: String,
    /// The mount source (`/dev/vda`, `tmpfs`, …).
    pub source: String,
    /// Per-mount options (`rw,nosuid,noexec,…`).
    pub options: Vec<String>,
}

impl Mount {
    /// True when the mount forbids executing files from it.
    pub fn is_noexec(&self) -> bool {
        self.options.iter().any(|o| o == "noexec")
    }

    /// True when the mount is read-only.
    pub fn is_read_only(&self) -> bool {
        self.options.iter().any(|o| o == "ro")
    }
}

/// Decodes the octal escapes (`\040` for space) mountinfo uses in paths.
fn unescape(field: &str) -> String {
    let b = field.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\'
            && i + 4 <= b.len()
            && b[i + 1..i + 4].iter().all(|c| (b'0'..=b'7').contains(c))
        {
            let v = b[i + 1..i + 4]
                .iter()
                .fold(0u32, |acc, c| acc * 8 + u32::from(c - b'0'));
            out.push(v as u8);
            i += 4;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Parses the text of a mountinfo file.
pub fn parse_mountinfo(text: &str) -> Vec<Mount> {
    let mut mounts = Vec::new();
    for line in text.lines() {
        let fields: Vec<&str> = line.split(' ').collect();
        let Some(sep) = fields.iter().position(|f| *f == "-") else {
            continue;
        };
        if fields.len() < sep + 3 || sep < 6 {
            continue;
        }
        let mut options: Vec<String> = fields[5].split(',').map(str::to_owned).collect();
        for o in fields[sep + 3..].iter().flat_map(|s| s.split(',')) {
            if o == "ro" && !options.iter().any(|x| x == "ro") {
                options.push("ro".into());
            }
        }
        mounts.push(Mount {
            mount_point: PathBuf::from(unescape(fields[4])),
            fs_type: fields[sep + 1].to_owned(),
            source: unescape(fields[sep + 2]),
            options,
        });
    }
    mounts
}

/// The mount that holds `path` (the longest mount point that is a prefix of its canonical form;
/// later mounts win, as the kernel stacks them).
pub fn mount_of(path: &Path) -> Option<Mount> {
    let canon = std::fs::canonicalize(path).ok()?;
    let text = std::fs::read_to_string("/proc/self/mountinfo").ok()?;
    mount_in(&parse_mountinfo(&text), &canon)
}

/// As [`mount_of`], over an already parsed table and an already canonical path.
pub fn mount_in(mounts: &[Mount], canon: &Path) -> Option<Mount> {
    let mut best: Option<&Mount> = None;
    for m in mounts {
        if canon.starts_with(&m.mount_point)
            && best
                .is_none_or(|b| m.mount_point.as_os_str().len() >= b.mount_point.as_os_str().len())
        {
            best = Some(m);
        }
    }
    best.cloned()
}

/// Whether bytes stored on a filesystem live in RAM only or reach a block device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Storage {
    /// An anonymous memfd: no filesystem at all.
    Memfd,
    /// tmpfs, ramfs and friends: RAM (and swap) only.
    Ram,
    /// A filesystem backed by a block device (or the network).
    Disk,
    /// Could not tell.
    Unknown,
}

impl Storage {
    /// Human wording used in reports.
    pub fn describe(self) -> &'static str {
        match self {
            Storage::Memfd => "memfd (RAM only)",
            Storage::Ram => "RAM filesystem",
            Storage::Disk => "disk-backed filesystem",
            Storage::Unknown => "unknown storage",
        }
    }
}

/// Names a `statfs` `f_type` magic number and classifies its storage.
pub fn fs_magic_name(magic: u64) -> (&'static str, Storage) {
    match magic {
        0x0102_1994 => ("tmpfs", Storage::Ram),
        0x8584_58f6 => ("ramfs", Storage::Ram),
        0xef53 => ("ext4", Storage::Disk),
        0x5846_5342 => ("xfs", Storage::Disk),
        0x9123_683e => ("btrfs", Storage::Disk),
        0x794c_7630 => ("overlay", Storage::Unknown),
        0xf2f5_2010 => ("f2fs", Storage::Disk),
        0x2fc1_2fc1 => ("zfs", Storage::Disk),
        0x6969 => ("nfs", Storage::Disk),
        0xff53_4d42 | 0xfe53_4d42 => ("cifs", Storage::Disk),
        0x6573_5546 => ("fuse", Storage::Unknown),
        0x4d44 => ("vfat", Storage::Disk),
        0x7366_746e => ("ntfs", Storage::Disk),
        0x7371_7368 => ("squashfs", Storage::Disk),
        0x9fa0 => ("proc", Storage::Ram),
        0x6265_6572 => ("sysfs", Storage::Ram),
        0x1373 => ("devtmpfs", Storage::Ram),
        0x0187 => ("autofs", Storage::Unknown),
        0x0102_1997 => ("9p", Storage::Unknown),
        _ => ("unknown", Storage::Unknown),
    }
}

/// `statfs` magic of the filesystem holding `path`.
pub fn fs_magic(path: &Path) -> Option<u64> {
    rustix::fs::statfs(path).ok().map(|s| s.f_type as u64)
}

/// True when `path` is on a tmpfs (or ramfs) and writable by us.
pub fn is_writable_ram_dir(path: &Path) -> bool {
    matches!(fs_magic(path).map(fs_magic_name), Some((_, Storage::Ram)))
        && rustix::fs::access(
            path,
            rustix::fs::Access::WRITE_OK | rustix::fs::Access::EXEC_OK,
        )
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\
22 1 254:0 / / rw,relatime shared:1 - ext4 /dev/vda rw
30 22 0:27 / /dev/shm rw,nosuid,nodev shared:4 - tmpfs tmpfs rw
41 22 0:35 / /tmp rw,nosuid,nodev,noexec shared:9 - tmpfs tmpfs rw,size=1024k
42 22 0:36 / /mnt/with\\040space ro,relatime - ext4 /dev/vdb ro
";

    #[test]
    fn parses_and_picks_longest_prefix() {
        let m = parse_mountinfo(SAMPLE);
        assert_eq!(m.len(), 4);
        let tmp = mount_in(&m, Path::new("/tmp/x/y")).unwrap();
        assert_eq!(tmp.mount_point, Path::new("/tmp"));
        assert!(tmp.is_noexec());
        assert_eq!(tmp.fs_type, "tmpfs");
        let root = mount_in(&m, Path::new("/tmpfoo")).unwrap();
        assert_eq!(root.fs_type, "ext4");
        assert!(!root.is_noexec());
        let sp = mount_in(&m, Path::new("/mnt/with space/f")).unwrap();
        assert!(sp.is_read_only());
        assert_eq!(sp.source, "/dev/vdb");
    }

    #[test]
    fn names_magics() {
        assert_eq!(fs_magic_name(0x01021994), ("tmpfs", Storage::Ram));
        assert_eq!(fs_magic_name(0xef53).1, Storage::Disk);
        assert_eq!(fs_magic_name(0x1234).0, "unknown");
    }
}
