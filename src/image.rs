//! [`Image`]: the bytes of an executable plus the program's name, validated once so every exec
//! path can trust them.
//!
//! Validation catches what would otherwise surface as a bare `ENOEXEC` from `execveat` (or, worse,
//! a crash inside the new process): text files, scripts, foreign architectures, object files and
//! truncated downloads.

use object::elf;
use object::read::elf::{FileHeader, ProgramHeader};
use object::Endianness;

/// Why a byte buffer is not something memrun will execute.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ImageError {
    /// Zero bytes.
    #[error("is empty, not an ELF executable")]
    Empty,
    /// The first bytes are not `\x7fELF`.
    #[error("not an ELF executable (starts with {0})")]
    NotElf(String),
    /// An ELF header that does not fit in the buffer.
    #[error("truncated ELF file ({0} bytes, the header alone needs 64)")]
    TruncatedHeader(usize),
    /// ELFCLASS32 or another class.
    #[error("is a 32-bit ELF executable; memrun runs 64-bit executables only")]
    Not64Bit,
    /// Big-endian data.
    #[error("is a big-endian ELF file; this host is little-endian")]
    WrongEndian,
    /// Built for another CPU.
    #[error("is built for {found}, this host is {host}")]
    WrongMachine {
        /// The file's `e_machine`, named.
        found: String,
        /// The host's machine, named.
        host: &'static str,
    },
    /// `ET_REL`, `ET_CORE` or unknown type.
    #[error("is {0}, not an executable")]
    NotExecutable(&'static str),
    /// The program headers are missing or lie outside the file.
    #[error("has no readable program headers ({0})")]
    BadProgramHeaders(String),
    /// A segment claims bytes past the end of the buffer.
    #[error("segment {index} (file offset {offset:#x}, {size} bytes) extends past the end of the file ({len} bytes): truncated?")]
    SegmentOutsideFile {
        /// Index of the program header.
        index: usize,
        /// `p_offset`.
        offset: u64,
        /// `p_filesz`.
        size: u64,
        /// Length of the whole buffer.
        len: usize,
    },
    /// The entry point is not inside any executable `PT_LOAD`.
    #[error("entry point {0:#x} is not inside any executable PT_LOAD segment")]
    EntryOutsideText(u64),
    /// The image has no loadable segment at all.
    #[error("has no PT_LOAD segment")]
    NoLoadSegment,
}

impl ImageError {
    /// A one-line hint for the user, where one helps.
    pub fn hint(&self) -> Option<&'static str> {
        match self {
            ImageError::NotElf(s) if s.starts_with("\"#!") => {
                Some("this is a script; run it with its interpreter, or run Go source with `memrun run FILE.go`")
            }
            ImageError::NotElf(_) | ImageError::Empty => {
                Some("`memrun exec` runs compiled ELF binaries; use `memrun run FILE.go` for Go source")
            }
            ImageError::SegmentOutsideFile { .. } | ImageError::TruncatedHeader(_) => {
                Some("the file looks cut short; copy or download it again")
            }
            ImageError::WrongMachine { .. } | ImageError::Not64Bit => {
                Some("rebuild the program for linux/amd64")
            }
            _ => None,
        }
    }
}

/// A validated executable held in memory: the exact bytes every exec path writes or executes.
#[derive(Clone, PartialEq, Eq)]
pub struct Image {
    name: String,
    bytes: Vec<u8>,
    entry: u64,
}

impl std::fmt::Debug for Image {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Image")
            .field("name", &self.name)
            .field("len", &self.bytes.len())
            .field("entry", &format_args!("{:#x}", self.entry))
            .finish()
    }
}

/// Index of the class byte in `e_ident`.
const EI_CLASS: usize = 4;
/// Index of the data-encoding byte in `e_ident`.
const EI_DATA: usize = 5;

/// The `e_machine` this build of memrun can execute.
#[cfg(target_arch = "x86_64")]
const HOST_MACHINE: u16 = elf::EM_X86_64;
#[cfg(target_arch = "aarch64")]
const HOST_MACHINE: u16 = elf::EM_AARCH64;
#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
compile_error!("memrun supports x86-64 and aarch64 hosts");

fn machine_name(m: u16) -> String {
    match m {
        elf::EM_X86_64 => "x86-64".into(),
        elf::EM_AARCH64 => "ARM64 (aarch64)".into(),
        elf::EM_386 => "x86 (i386)".into(),
        elf::EM_ARM => "32-bit ARM".into(),
        elf::EM_RISCV => "RISC-V".into(),
        elf::EM_PPC64 => "POWER (ppc64)".into(),
        elf::EM_S390 => "s390x".into(),
        elf::EM_MIPS => "MIPS".into(),
        elf::EM_LOONGARCH => "LoongArch".into(),
        other => format!("machine type {other}"),
    }
}

/// Shows the first bytes of a non-ELF buffer the way a person recognises a file: as text when it
/// is text, in hex otherwise.
fn describe_start(bytes: &[u8]) -> String {
    let head = &bytes[..bytes.len().min(5)];
    if head
        .iter()
        .all(|&b| b.is_ascii_graphic() || b == b' ' || b == b'\t')
    {
        format!("{:?}", String::from_utf8_lossy(head))
    } else {
        let hex: Vec<String> = head.iter().map(|b| format!("{b:02x}")).collect();
        format!("bytes {}", hex.join(" "))
    }
}

impl Image {
    /// Validates `bytes` as an executable for this host and wraps it with the program's `name`
    /// (used for the memfd name, `argv[0]` and output file names).
    pub fn new(name: impl Into<String>, bytes: Vec<u8>) -> Result<Image, ImageError> {
        let entry = validate(&bytes)?;
        Ok(Image {
            name: name.into(),
            bytes,
            entry,
        })
    }

    /// The program's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The executable's bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The ELF entry point address.
    pub fn entry(&self) -> u64 {
        self.entry
    }

    /// Size in bytes.
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// Always false for a validated image; present for API symmetry with `len`.
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }
}

/// Length of an ELF64 file header: what [`validate_header`] needs to judge a stream.
pub const HEADER_LEN: usize = 64;

/// Checks the file header alone (the first [`HEADER_LEN`] bytes, or fewer when that is all there
/// is): magic, class, byte order, machine and type. A reader of a stream calls it as soon as
/// the header has arrived, so `/dev/zero` or a gigabyte of text is refused after 64 bytes; any
/// error it returns, [`validate`] returns for the same bytes.
pub fn validate_header(bytes: &[u8]) -> Result<(), ImageError> {
    if bytes.is_empty() {
        return Err(ImageError::Empty);
    }
    if !bytes.starts_with(&elf::ELFMAG) {
        return Err(ImageError::NotElf(describe_start(bytes)));
    }
    if bytes.len() > EI_CLASS && bytes[EI_CLASS] != elf::ELFCLASS64 {
        return Err(ImageError::Not64Bit);
    }
    if bytes.len() < HEADER_LEN {
        return Err(ImageError::TruncatedHeader(bytes.len()));
    }
    if bytes[EI_DATA] != elf::ELFDATA2LSB {
        return Err(ImageError::WrongEndian);
    }
    let header = elf::FileHeader64::<Endianness>::parse(bytes)
        .map_err(|_| ImageError::TruncatedHeader(bytes.len()))?;
    let endian = Endianness::Little;
    let machine = header.e_machine(endian);
    if machine != HOST_MACHINE {
        return Err(ImageError::WrongMachine {
            found: machine_name(machine),
            host: if HOST_MACHINE == elf::EM_X86_64 {
                "x86-64"
            } else {
                "ARM64 (aarch64)"
            },
        });
    }
    match header.e_type(endian) {
        elf::ET_EXEC | elf::ET_DYN => Ok(()),
        elf::ET_REL => Err(ImageError::NotExecutable("an object file (ET_REL)")),
        elf::ET_CORE => Err(ImageError::NotExecutable("a core dump")),
        _ => Err(ImageError::NotExecutable("an ELF file of unknown type")),
    }
}

/// Checks everything the kernel's ELF loader would reject, before any path sees the bytes.
/// Returns the entry point.
pub fn validate(bytes: &[u8]) -> Result<u64, ImageError> {
    validate_header(bytes)?;
    let endian = Endianness::Little;
    let header = elf::FileHeader64::<Endianness>::parse(bytes)
        .map_err(|_| ImageError::TruncatedHeader(bytes.len()))?;
    let phdrs = header
        .program_headers(endian, bytes)
        .map_err(|e| ImageError::BadProgramHeaders(e.to_string()))?;
    let entry = header.e_entry(endian);
    let mut loads = 0;
    let mut entry_ok = false;
    for (index, ph) in phdrs.iter().enumerate() {
        let offset = ph.p_offset(endian);
        let size = ph.p_filesz(endian);
        let end = offset.checked_add(size);
        if end.is_none_or(|end| end > bytes.len() as u64) {
            return Err(ImageError::SegmentOutsideFile {
                index,
                offset,
                size,
                len: bytes.len(),
            });
        }
        if ph.p_type(endian) == elf::PT_LOAD {
            loads += 1;
            let vaddr = ph.p_vaddr(endian);
            let memsz = ph.p_memsz(endian);
            if ph.p_flags(endian) & elf::PF_X != 0
                && entry >= vaddr
                && entry < vaddr.saturating_add(memsz)
            {
                entry_ok = true;
            }
        }
    }
    if loads == 0 {
        return Err(ImageError::NoLoadSegment);
    }
    if !entry_ok {
        return Err(ImageError::EntryOutsideText(entry));
    }
    Ok(entry)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A minimal valid static x86-64 ELF: header + one RX PT_LOAD covering the file.
    pub(crate) fn tiny_elf() -> Vec<u8> {
        let mut b = vec![0u8; 120 + 8];
        b[..4].copy_from_slice(&elf::ELFMAG);
        b[4] = elf::ELFCLASS64;
        b[5] = elf::ELFDATA2LSB;
        b[6] = 1;
        b[16..18].copy_from_slice(&elf::ET_EXEC.to_le_bytes());
        b[18..20].copy_from_slice(&HOST_MACHINE.to_le_bytes());
        b[20..24].copy_from_slice(&1u32.to_le_bytes());
        b[24..32].copy_from_slice(&(0x400000u64 + 120).to_le_bytes()); // entry
        b[32..40].copy_from_slice(&64u64.to_le_bytes()); // phoff
        b[52..54].copy_from_slice(&64u16.to_le_bytes()); // ehsize
        b[54..56].copy_from_slice(&56u16.to_le_bytes()); // phentsize
        b[56..58].copy_from_slice(&1u16.to_le_bytes()); // phnum
        let ph = 64;
        b[ph..ph + 4].copy_from_slice(&elf::PT_LOAD.to_le_bytes());
        b[ph + 4..ph + 8].copy_from_slice(&(elf::PF_R | elf::PF_X).to_le_bytes());
        b[ph + 16..ph + 24].copy_from_slice(&0x400000u64.to_le_bytes());
        b[ph + 32..ph + 40].copy_from_slice(&128u64.to_le_bytes());
        b[ph + 40..ph + 48].copy_from_slice(&128u64.to_le_bytes());
        b
    }

    #[test]
    fn accepts_minimal_elf() {
        let img = Image::new("t", tiny_elf()).unwrap();
        assert_eq!(img.entry(), 0x400078);
    }

    #[test]
    fn rejects_text_and_scripts() {
        assert_eq!(validate(b""), Err(ImageError::Empty));
        let e = validate(b"#!/bin/sh\necho hi\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "not an ELF executable (starts with \"#!/bi\")"
        );
        assert!(e.hint().unwrap().contains("script"));
        let e = validate(&[0, 1, 2, 0xff]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "not an ELF executable (starts with bytes 00 01 02 ff)"
        );
    }

    #[test]
    fn header_check_agrees_with_full_validation_on_every_prefix() {
        let b = tiny_elf();
        for n in 0..=HEADER_LEN {
            if let Err(e) = validate_header(&b[..n]) {
                assert_eq!(validate(&b[..n]), Err(e), "prefix of {n} bytes");
            }
        }
        assert_eq!(validate_header(&b[..HEADER_LEN]), Ok(()));
        assert!(matches!(
            validate_header(&[0u8; 64]),
            Err(ImageError::NotElf(_))
        ));
    }

    #[test]
    fn rejects_truncation() {
        let b = tiny_elf();
        assert_eq!(validate(&b[..40]), Err(ImageError::TruncatedHeader(40)));
        assert!(matches!(
            validate(&b[..100]),
            Err(ImageError::BadProgramHeaders(_))
        ));
        assert!(matches!(
            validate(&b[..125]),
            Err(ImageError::SegmentOutsideFile { index: 0, .. })
        ));
    }

    #[test]
    fn rejects_foreign_and_non_executables() {
        let mut b = tiny_elf();
        b[18..20].copy_from_slice(&elf::EM_RISCV.to_le_bytes());
        assert!(validate(&b).unwrap_err().to_string().contains("RISC-V"));
        let mut b = tiny_elf();
        b[16..18].copy_from_slice(&elf::ET_REL.to_le_bytes());
        assert!(validate(&b)
            .unwrap_err()
            .to_string()
            .contains("object file"));
        let mut b = tiny_elf();
        b[4] = elf::ELFCLASS32;
        assert_eq!(validate(&b), Err(ImageError::Not64Bit));
        let mut b = tiny_elf();
        b[24..32].copy_from_slice(&0x900000u64.to_le_bytes());
        assert_eq!(validate(&b), Err(ImageError::EntryOutsideText(0x900000)));
        let mut b = tiny_elf();
        b[64 + 4..64 + 8].copy_from_slice(&elf::PF_R.to_le_bytes());
        assert!(matches!(validate(&b), Err(ImageError::EntryOutsideText(_))));
    }
}
