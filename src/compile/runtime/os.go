// Package os of memrun's runtime library: what the built-in compiler supports of Go's package
// os. Its declarations are the package table's entries for "os": a function with a body is
// compiled into the library and called by programs; one without a body is part of Go 1.27's API
// that memrun does not compile yet (a program using it is rejected with "memrun: os.X is not
// supported yet"), as are the names the //memrun:unsupported lines list. Functions of package
// runtime are in reach without an import (a rule of the library only).
package os

import (
	"errors"
	"io"
	"io/fs"
	"syscall"
	"time"
)

// Args holds the command-line arguments, starting with the program name (set by runtime.rt0).
var Args []string

// Exit causes the current program to exit with the given status code.
func Exit(code int) {
	exit(code)
}

// File is an open file descriptor.
type File struct {
	fd   int
	name string
	// dirbuf holds getdents64 records that ReadDir has not returned yet, from dirpos.
	dirbuf []byte
	dirpos int
	// appendMode is set for a file opened with O_APPEND (WriteAt refuses it).
	appendMode bool
	// kind says, once a write needed to know, whether writes may block (a pipe, socket or
	// terminal: 1) or not (2); 0 until then.
	kind int8
}

// Stdin, Stdout and Stderr are open Files for the standard file descriptors (set by the
// runtime at start-up).
var Stdin *File
var Stdout *File
var Stderr *File

// NewFile returns a new File with the given file descriptor and name (nil for an invalid
// descriptor).
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{fd: int(fd), name: name}
}

// Name returns the name of the file as presented to Open (or NewFile).
func (f *File) Name() string {
	return f.name
}

// Fd returns the file descriptor (^uintptr(0) for a nil File).
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Write writes len(b) bytes from b to the File; an error is a *PathError.
func (f *File) Write(b []byte) (n int, err error) {
	return f.write(string(b))
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.write(s)
}

// Read reads up to len(b) bytes from the File into b; at end of file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd < 0 {
		return 0, &fs.PathError{Op: "read", Path: f.name, Err: ErrClosed}
	}
	if len(b) == 0 {
		return 0, nil
	}
	// A pipe or terminal may have nothing yet: other goroutines run meanwhile.
	waitFD(f.fd, 1, "IO wait")
	for {
		r := syscall6(0, f.fd, int(sliceaddr(b)), len(b), 0, 0, 0)
		if r == -4 {
			continue // EINTR
		}
		if r < 0 {
			return 0, &fs.PathError{Op: "read", Path: f.name, Err: syscall.Errno(-r)}
		}
		if r == 0 {
			return 0, io.EOF
		}
		return r, nil
	}
}

func (f *File) write(s string) (int, error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd < 0 {
		return 0, &fs.PathError{Op: "write", Path: f.name, Err: ErrClosed}
	}
	p := strptr(s)
	n := 0
	// While other goroutines exist, a write that may block waits for room first and then
	// writes at most PIPE_BUF bytes, which a pipe with room takes without blocking (a
	// blocking write(2) of more would hold every goroutine until a reader drained it).
	coop := len(allgs) > 1 && f.mayBlock()
	for {
		// At least one write(2), even of nothing: a bad descriptor is reported.
		m := len(s) - n
		if coop {
			waitFD(f.fd, 4, "IO wait") // POLLOUT
			if m > 4096 {
				m = 4096
			}
		}
		r := syscall6(1, f.fd, int(p)+n, m, 0, 0, 0)
		if r == -4 {
			continue // EINTR
		}
		if r < 0 {
			if r == -32 && (f.fd == 1 || f.fd == 2) {
				raiseSigpipe() // EPIPE on the standard output or error ends the program
			}
			return n, &fs.PathError{Op: "write", Path: f.name, Err: syscall.Errno(-r)}
		}
		n += r
		if n >= len(s) {
			return n, nil
		}
	}
}

// mayBlock reports whether a write to f can block: it is a pipe, socket or character
// device (fstat'ed once).
func (f *File) mayBlock() bool {
	if f.kind == 0 {
		f.kind = 2
		st := make([]byte, 144)
		if syscall6(5, f.fd, int(sliceaddr(st)), 0, 0, 0, 0) >= 0 { // fstat
			switch load32(sliceaddr(st)+24) & 0o170000 { // st_mode & S_IFMT
			case 0o010000, 0o140000, 0o020000: // S_IFIFO, S_IFSOCK, S_IFCHR
				f.kind = 1
			}
		}
	}
	return f.kind == 1
}

func (f *File) Readdir(n int) ([]FileInfo, error)
func (f *File) SetDeadline(t time.Time) error
func (f *File) SetReadDeadline(t time.Time) error
func (f *File) SetWriteDeadline(t time.Time) error
func (f *File) SyscallConn() (syscall.RawConn, error)

// Flags to OpenFile (Linux's values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// Portable analogs of some common system call errors.
var (
	ErrInvalid    error = fs.ErrInvalid
	ErrPermission error = fs.ErrPermission
	ErrExist      error = fs.ErrExist
	ErrNotExist   error = fs.ErrNotExist
	ErrClosed     error = fs.ErrClosed
)

// Environ returns a copy of strings representing the environment, in the form "key=value".
func Environ() []string {
	out := make([]string, len(envs))
	copy(out, envs)
	return out
}

// LookupEnv retrieves the value of the environment variable named by the key and reports
// whether it is present (the first of several).
func LookupEnv(key string) (string, bool) {
	for _, kv := range envs {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return kv[len(key)+1:], true
		}
	}
	return "", false
}

// Getenv retrieves the value of the environment variable named by the key ("" if absent).
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

func validEnvKey(key string) bool {
	if len(key) == 0 {
		return false
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return false
		}
	}
	return true
}

// Setenv sets the value of the environment variable named by the key.
func Setenv(key, value string) error {
	ok := validEnvKey(key)
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			ok = false
		}
	}
	if !ok {
		return errors.New("setenv: invalid argument")
	}
	kv := key + "=" + value
	for i, e := range envs {
		if len(e) > len(key) && e[len(key)] == '=' && e[:len(key)] == key {
			envs[i] = kv
			return nil
		}
	}
	envs = append(envs, kv)
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	out := envs[:0]
	for _, e := range envs {
		if !(len(e) > len(key) && e[len(key)] == '=' && e[:len(key)] == key) {
			out = append(out, e)
		}
	}
	envs = out
	return nil
}

// cstring is s NUL-terminated, for a system call.
func cstring(s string) uintptr {
	b := make([]byte, len(s)+1)
	copy(b, s)
	return sliceaddr(b)
}

// OpenFile opens the named file with the specified flag (O_RDONLY etc.), creating it with
// mode perm (before umask) if needed.
func OpenFile(name string, flag int, perm fs.FileMode) (*File, error) {
	for {
		r := syscall6(2, int(cstring(name)), flag|0x80000, int(syscallMode(perm)), 0, 0, 0) // O_CLOEXEC
		if r == -4 {
			continue
		}
		if r < 0 {
			return nil, &fs.PathError{Op: "open", Path: name, Err: syscall.Errno(-r)}
		}
		f := NewFile(uintptr(r), name)
		f.appendMode = flag&O_APPEND != 0
		return f, nil
	}
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file (mode 0666 before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// Close closes the File; a second Close reports fs.ErrClosed.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &fs.PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	r := syscall6(3, f.fd, 0, 0, 0, 0, 0)
	f.fd = -1
	if r < 0 && r != -4 {
		return &fs.PathError{Op: "close", Path: f.name, Err: syscall.Errno(-r)}
	}
	return nil
}

// ReadFile reads the named file and returns its contents; reaching the end is not an error.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// WriteFile writes data to the named file, creating it (with perm) if necessary, else
// truncating it.
func WriteFile(name string, data []byte, perm fs.FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	p := cstring(name)
	e := syscall6(87, int(p), 0, 0, 0, 0, 0) // unlink
	if e == 0 {
		return nil
	}
	e1 := syscall6(84, int(p), 0, 0, 0, 0, 0) // rmdir
	if e1 == 0 {
		return nil
	}
	if e1 != -20 { // ENOTDIR: report unlink's error
		e = e1
	}
	return &fs.PathError{Op: "remove", Path: name, Err: syscall.Errno(-e)}
}

// Mkdir creates a new directory with the specified name and permission bits (before umask).
func Mkdir(name string, perm fs.FileMode) error {
	r := syscall6(83, int(cstring(name)), int(syscallMode(perm)), 0, 0, 0, 0)
	if r < 0 {
		return &fs.PathError{Op: "mkdir", Path: name, Err: syscall.Errno(-r)}
	}
	return nil
}

// Go 1.27's API that memrun does not compile yet.

func CopyFS(dir string, fsys fs.FS) error
func DirFS(dir string) fs.FS
func Getgroups() ([]int, error)
func IsTimeout(err error) bool
func UserCacheDir() (string, error)
func UserConfigDir() (string, error)
func OpenInRoot(dir, name string) (*File, error)
func (p *Process) WithHandle(f func(handle uintptr)) error
func OpenRoot(name string) (*Root, error)

//memrun:unsupported ErrNoDeadline
//memrun:unsupported ErrDeadlineExceeded ErrNoHandle
//memrun:unsupported Root

// Types of io/fs, re-exported.
type (
	FileMode  = fs.FileMode
	FileInfo  = fs.FileInfo
	DirEntry  = fs.DirEntry
	PathError = fs.PathError
)

// The file mode bits (io/fs's).
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// Seek whence values (deprecated: io.SeekStart and friends).
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

// Path separators and the null device.
const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

// LinkError records an error during a link, symlink or rename system call and the paths
// that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error {
	return e.Err
}

// fileStat is the fs.FileInfo of Stat, Lstat and File.Stat.
type fileStat struct {
	name    string
	size    int64
	mode    fs.FileMode
	modTime time.Time
	sys     syscall.Stat_t
}

func (st *fileStat) Name() string       { return st.name }
func (st *fileStat) IsDir() bool        { return st.mode.IsDir() }
func (st *fileStat) Size() int64        { return st.size }
func (st *fileStat) Mode() fs.FileMode     { return st.mode }
func (st *fileStat) ModTime() time.Time { return st.modTime }
func (st *fileStat) Sys() any           { return &st.sys }

// basename is name's last element, trailing slashes removed.
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// newFileStat decodes the struct stat at p (Linux amd64's layout).
func newFileStat(name string, p uintptr) *fileStat {
	u32 := func(off uintptr) uint32 { return uint32(load32(p + off)) }
	st := syscall.Stat_t{
		Dev: uint64(load64(p)), Ino: uint64(load64(p + 8)), Nlink: uint64(load64(p + 16)),
		Mode: u32(24), Uid: u32(28), Gid: u32(32), Rdev: uint64(load64(p + 40)),
		Size: int64(load64(p + 48)), Blksize: int64(load64(p + 56)), Blocks: int64(load64(p + 64)),
		Atim: syscall.Timespec{Sec: int64(load64(p + 72)), Nsec: int64(load64(p + 80))},
		Mtim: syscall.Timespec{Sec: int64(load64(p + 88)), Nsec: int64(load64(p + 96))},
		Ctim: syscall.Timespec{Sec: int64(load64(p + 104)), Nsec: int64(load64(p + 112))},
	}
	fi := &fileStat{name: basename(name), size: st.Size, sys: st}
	fi.modTime = time.Unix(st.Mtim.Sec, st.Mtim.Nsec)
	fi.mode = fs.FileMode(st.Mode & 0777)
	switch st.Mode & 0xf000 {
	case 0x6000:
		fi.mode |= ModeDevice
	case 0x2000:
		fi.mode |= ModeDevice | ModeCharDevice
	case 0x4000:
		fi.mode |= ModeDir
	case 0x1000:
		fi.mode |= ModeNamedPipe
	case 0xa000:
		fi.mode |= ModeSymlink
	case 0xc000:
		fi.mode |= ModeSocket
	}
	if st.Mode&0x400 != 0 {
		fi.mode |= ModeSetgid
	}
	if st.Mode&0x800 != 0 {
		fi.mode |= ModeSetuid
	}
	if st.Mode&0x200 != 0 {
		fi.mode |= ModeSticky
	}
	return fi
}

// statat runs newfstatat(AT_FDCWD, name, flags).
func statat(op, name string, flags int) (fs.FileInfo, error) {
	buf := make([]byte, 144)
	for {
		r := syscall6(262, -100, int(cstring(name)), int(sliceaddr(buf)), flags, 0, 0)
		if r == -4 {
			continue
		}
		if r < 0 {
			return nil, &fs.PathError{Op: op, Path: name, Err: syscall.Errno(-r)}
		}
		return newFileStat(name, sliceaddr(buf)), nil
	}
}

// Stat returns a fs.FileInfo describing the named file (following symbolic links).
func Stat(name string) (fs.FileInfo, error) {
	return statat("stat", name, 0)
}

// Lstat returns a fs.FileInfo describing the named file; a symbolic link is described itself.
func Lstat(name string) (fs.FileInfo, error) {
	return statat("lstat", name, 0x100) // AT_SYMLINK_NOFOLLOW
}

// Stat returns the fs.FileInfo structure describing the file.
func (f *File) Stat() (fs.FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.fd < 0 {
		return nil, &fs.PathError{Op: "stat", Path: f.name, Err: ErrClosed}
	}
	buf := make([]byte, 144)
	r := syscall6(5, f.fd, int(sliceaddr(buf)), 0, 0, 0, 0)
	if r < 0 {
		return nil, &fs.PathError{Op: "stat", Path: f.name, Err: syscall.Errno(-r)}
	}
	return newFileStat(f.name, sliceaddr(buf)), nil
}

// SameFile reports whether fi1 and fi2 describe the same file (device and inode).
func SameFile(fi1, fi2 fs.FileInfo) bool {
	fs1, ok1 := fi1.(*fileStat)
	fs2, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return fs1.sys.Dev == fs2.sys.Dev && fs1.sys.Ino == fs2.sys.Ino
}

// Seek sets the offset for the next Read or Write on file to offset, interpreted according
// to whence (io.SeekStart, io.SeekCurrent, io.SeekEnd).
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd < 0 {
		return 0, &fs.PathError{Op: "seek", Path: f.name, Err: ErrClosed}
	}
	r := syscall6(8, f.fd, int(offset), whence, 0, 0, 0)
	if r < 0 {
		return 0, &fs.PathError{Op: "seek", Path: f.name, Err: syscall.Errno(-r)}
	}
	return int64(r), nil
}

// Sync commits the file's contents to stable storage.
func (f *File) Sync() error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &fs.PathError{Op: "sync", Path: f.name, Err: ErrClosed}
	}
	if r := syscall6(74, f.fd, 0, 0, 0, 0, 0); r < 0 {
		return &fs.PathError{Op: "sync", Path: f.name, Err: syscall.Errno(-r)}
	}
	return nil
}

// Truncate changes the size of the file.
func (f *File) Truncate(size int64) error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &fs.PathError{Op: "truncate", Path: f.name, Err: ErrClosed}
	}
	if r := syscall6(77, f.fd, int(size), 0, 0, 0, 0); r < 0 {
		return &fs.PathError{Op: "truncate", Path: f.name, Err: syscall.Errno(-r)}
	}
	return nil
}

// Chmod changes the mode of the file.
func (f *File) Chmod(mode fs.FileMode) error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &fs.PathError{Op: "chmod", Path: f.name, Err: ErrClosed}
	}
	if r := syscall6(91, f.fd, int(syscallMode(mode)), 0, 0, 0, 0); r < 0 {
		return &fs.PathError{Op: "chmod", Path: f.name, Err: syscall.Errno(-r)}
	}
	return nil
}

// Chdir changes the current working directory to the file, which must be a directory.
func (f *File) Chdir() error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &fs.PathError{Op: "chdir", Path: f.name, Err: ErrClosed}
	}
	if r := syscall6(81, f.fd, 0, 0, 0, 0, 0); r < 0 {
		return &fs.PathError{Op: "chdir", Path: f.name, Err: syscall.Errno(-r)}
	}
	return nil
}

// syscallMode is the mode bits open, mkdir and chmod take.
func syscallMode(i fs.FileMode) uint32 {
	o := uint32(i.Perm())
	if i&ModeSetuid != 0 {
		o |= 0x800
	}
	if i&ModeSetgid != 0 {
		o |= 0x400
	}
	if i&ModeSticky != 0 {
		o |= 0x200
	}
	return o
}

// Chmod changes the mode of the named file.
func Chmod(name string, mode fs.FileMode) error {
	if r := syscall6(90, int(cstring(name)), int(syscallMode(mode)), 0, 0, 0, 0); r < 0 {
		return &fs.PathError{Op: "chmod", Path: name, Err: syscall.Errno(-r)}
	}
	return nil
}

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error {
	if r := syscall6(76, int(cstring(name)), int(size), 0, 0, 0, 0); r < 0 {
		return &fs.PathError{Op: "truncate", Path: name, Err: syscall.Errno(-r)}
	}
	return nil
}

// dirent is a fs.DirEntry read from a directory.
type dirent struct {
	parent string
	name   string
	typ    fs.FileMode
	info   fs.FileInfo
}

func (d *dirent) Name() string   { return d.name }
func (d *dirent) IsDir() bool    { return d.typ.IsDir() }
func (d *dirent) Type() fs.FileMode { return d.typ }
func (d *dirent) String() string { return fs.FormatDirEntry(d) }

func (d *dirent) Info() (fs.FileInfo, error) {
	if d.info != nil {
		return d.info, nil
	}
	return Lstat(d.parent + "/" + d.name)
}

// ReadDir reads the directory's entries, in directory order: all of them for n <= 0, else
// at most n (io.EOF when none are left).
func (f *File) ReadDir(n int) ([]fs.DirEntry, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	var out []fs.DirEntry
	err := f.readdir(n, func(name string, typ fs.FileMode) {
		d := &dirent{parent: f.name, name: name, typ: typ}
		if typ == ^fs.FileMode(0) {
			// DT_UNKNOWN: the type from lstat.
			info, err := Lstat(f.name + "/" + name)
			if err != nil {
				d.typ = 0
			} else {
				d.typ = info.Mode().Type()
				d.info = info
			}
		}
		out = append(out, d)
	})
	if out == nil && err == nil && n > 0 {
		err = io.EOF
	}
	if out == nil {
		out = []fs.DirEntry{}
	}
	return out, err
}

// Readdirnames reads the names of the directory's entries, as ReadDir reads them.
func (f *File) Readdirnames(n int) (names []string, err error) {
	if f == nil {
		return nil, ErrInvalid
	}
	err = f.readdir(n, func(name string, typ fs.FileMode) {
		names = append(names, name)
	})
	if names == nil && err == nil && n > 0 {
		err = io.EOF
	}
	if names == nil {
		names = []string{}
	}
	return names, err
}

// readdir calls add with up to n (all for n <= 0) entries of getdents64, "." and ".."
// left out; an unknown type is ^fs.FileMode(0). Entries read past n wait in f.dirbuf.
func (f *File) readdir(n int, add func(string, fs.FileMode)) error {
	if f.fd < 0 {
		return &fs.PathError{Op: "readdirent", Path: f.name, Err: ErrClosed}
	}
	count := 0
	for n <= 0 || count < n {
		if f.dirpos >= len(f.dirbuf) {
			if f.dirbuf == nil {
				f.dirbuf = make([]byte, 8192)
			}
			f.dirbuf = f.dirbuf[:cap(f.dirbuf)]
			r := syscall6(217, f.fd, int(sliceaddr(f.dirbuf)), len(f.dirbuf), 0, 0, 0)
			if r == -4 {
				continue
			}
			if r < 0 {
				f.dirbuf = f.dirbuf[:0]
				return &fs.PathError{Op: "readdirent", Path: f.name, Err: syscall.Errno(-r)}
			}
			f.dirbuf = f.dirbuf[:r]
			f.dirpos = 0
			if r == 0 {
				break
			}
		}
		b := f.dirbuf[f.dirpos:]
		reclen := int(b[16]) | int(b[17])<<8
		typ := b[18]
		e := 19
		for e < reclen && b[e] != 0 {
			e++
		}
		name := string(b[19:e])
		f.dirpos += reclen
		if name == "." || name == ".." {
			continue
		}
		var mode fs.FileMode
		switch typ {
		case 1:
			mode = ModeNamedPipe
		case 2:
			mode = ModeDevice | ModeCharDevice
		case 4:
			mode = ModeDir
		case 6:
			mode = ModeDevice
		case 8:
			mode = 0
		case 10:
			mode = ModeSymlink
		case 12:
			mode = ModeSocket
		default:
			mode = ^fs.FileMode(0)
		}
		add(name, mode)
		count++
	}
	return nil
}

// ReadDir reads the named directory and returns its entries sorted by filename.
func ReadDir(name string) ([]fs.DirEntry, error) {
	f, err := OpenFile(name, O_RDONLY|0x10000, 0) // O_DIRECTORY
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	// Sorted by name: an insertion sort of the (usually short) list.
	for i := 1; i < len(dirs); i++ {
		for j := i; j > 0 && dirs[j].Name() < dirs[j-1].Name(); j-- {
			dirs[j], dirs[j-1] = dirs[j-1], dirs[j]
		}
	}
	return dirs, err
}

// MkdirAll creates a directory named path, along with any necessary parents; nil if path is
// already a directory.
func MkdirAll(path string, perm fs.FileMode) error {
	dir, err := Stat(path)
	if err == nil {
		if dir.IsDir() {
			return nil
		}
		return &fs.PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err = Mkdir(path, perm)
	if err != nil {
		dir, err1 := Lstat(path)
		if err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// RemoveAll removes path and any children it contains; a path that does not exist is not an
// error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || path == ".." || len(path) >= 2 && path[len(path)-1] == '.' && (path[len(path)-2] == '/' || len(path) >= 3 && path[len(path)-2] == '.' && path[len(path)-3] == '/') {
		return &fs.PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	dir, serr := Lstat(path)
	if serr != nil {
		if IsNotExist(serr) {
			return nil
		}
		return serr
	}
	if !dir.IsDir() {
		return err
	}
	var first error
	for {
		f, err := Open(path)
		if err != nil {
			if IsNotExist(err) {
				return nil
			}
			return err
		}
		names, _ := f.Readdirnames(1024)
		f.Close()
		for _, name := range names {
			if err := RemoveAll(path + "/" + name); err != nil && first == nil {
				first = err
			}
		}
		if len(names) < 1024 || first != nil {
			break
		}
	}
	err = Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	if first != nil {
		return first
	}
	return err
}

// Rename renames (moves) oldpath to newpath, replacing a file but not a directory there.
func Rename(oldpath, newpath string) error {
	fi, err := Lstat(newpath)
	if err == nil && fi.IsDir() {
		if ofi, err := Lstat(oldpath); err != nil {
			if pe, ok := err.(*fs.PathError); ok {
				err = pe.Err
			}
			return &LinkError{"rename", oldpath, newpath, err}
		} else if newpath == oldpath || !SameFile(fi, ofi) {
			return &LinkError{"rename", oldpath, newpath, syscall.EEXIST}
		}
	}
	if r := syscall6(82, int(cstring(oldpath)), int(cstring(newpath)), 0, 0, 0, 0); r < 0 {
		return &LinkError{"rename", oldpath, newpath, syscall.Errno(-r)}
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if r := syscall6(88, int(cstring(oldname)), int(cstring(newname)), 0, 0, 0, 0); r < 0 {
		return &LinkError{"symlink", oldname, newname, syscall.Errno(-r)}
	}
	return nil
}

// Link creates newname as a hard link to the oldname file.
func Link(oldname, newname string) error {
	if r := syscall6(86, int(cstring(oldname)), int(cstring(newname)), 0, 0, 0, 0); r < 0 {
		return &LinkError{"link", oldname, newname, syscall.Errno(-r)}
	}
	return nil
}

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	for n := 128; ; n *= 2 {
		b := make([]byte, n)
		r := syscall6(89, int(cstring(name)), int(sliceaddr(b)), n, 0, 0, 0)
		if r < 0 {
			return "", &fs.PathError{Op: "readlink", Path: name, Err: syscall.Errno(-r)}
		}
		if r < n {
			return string(b[:r]), nil
		}
	}
}

// underlyingErrorIs reports whether err, or the error a *fs.PathError, *LinkError or
// *SyscallError holds, is target or an errno standing for it.
func underlyingErrorIs(err, target error) bool {
	switch e := err.(type) {
	case *fs.PathError:
		err = e.Err
	case *LinkError:
		err = e.Err
	}
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

// IsExist reports whether err says that a file or directory already exists.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsNotExist reports whether err says that a file or directory does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsPermission reports whether err says that permission is denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool { return c == '/' }

// Getwd returns an absolute path name of the current directory ($PWD when that names it).
func Getwd() (dir string, err error) {
	dot, err := Stat(".")
	if err != nil {
		return "", err
	}
	dir = Getenv("PWD")
	if len(dir) > 0 && dir[0] == '/' {
		d, err := Stat(dir)
		if err == nil && SameFile(dot, d) {
			return dir, nil
		}
	}
	for n := 256; n <= 1<<20; n *= 2 {
		b := make([]byte, n)
		r := syscall6(79, int(sliceaddr(b)), n, 0, 0, 0, 0)
		if r == -34 { // ERANGE
			continue
		}
		if r < 0 {
			return "", &SyscallError{"getwd", syscall.Errno(-r)}
		}
		return string(b[:r-1]), nil
	}
	return "", &SyscallError{"getwd", syscall.Errno(36)}
}

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// Timeout reports whether this error represents a timeout.
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// NewSyscallError returns a *SyscallError for err (nil for nil).
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// Chdir changes the current working directory to dir.
func Chdir(dir string) error {
	if r := syscall6(80, int(cstring(dir)), 0, 0, 0, 0, 0); r < 0 {
		return &fs.PathError{Op: "chdir", Path: dir, Err: syscall.Errno(-r)}
	}
	return nil
}

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	b, err := ReadFile("/proc/sys/kernel/hostname")
	if err == nil && len(b) > 0 {
		if b[len(b)-1] == '\n' {
			b = b[:len(b)-1]
		}
		return string(b), nil
	}
	u := make([]byte, 6*65)
	if r := syscall6(63, int(sliceaddr(u)), 0, 0, 0, 0, 0); r < 0 {
		return "", NewSyscallError("uname", syscall.Errno(-r))
	}
	n := u[65 : 2*65]
	e := 0
	for e < len(n) && n[e] != 0 {
		e++
	}
	return string(n[:e]), nil
}

// Getpid returns the process id of the caller.
func Getpid() int { return syscall6(39, 0, 0, 0, 0, 0, 0) }

// Getppid returns the process id of the caller's parent.
func Getppid() int { return syscall6(110, 0, 0, 0, 0, 0, 0) }

// Getuid returns the numeric user id of the caller.
func Getuid() int { return syscall6(102, 0, 0, 0, 0, 0, 0) }

// Geteuid returns the numeric effective user id of the caller.
func Geteuid() int { return syscall6(107, 0, 0, 0, 0, 0, 0) }

// Getgid returns the numeric group id of the caller.
func Getgid() int { return syscall6(104, 0, 0, 0, 0, 0, 0) }

// Getegid returns the numeric effective group id of the caller.
func Getegid() int { return syscall6(108, 0, 0, 0, 0, 0, 0) }

// Getpagesize returns the underlying system's memory page size.
func Getpagesize() int { return 4096 }

// Executable returns the path name of the executable that started the current process (from
// /proc/self/exe).
func Executable() (string, error) {
	p, err := Readlink("/proc/self/exe")
	if err != nil {
		return "", err
	}
	return p, nil
}

// Clearenv deletes all environment variables.
func Clearenv() {
	envs = envs[:0]
}

// TempDir returns the default directory for temporary files: $TMPDIR, else /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// UserHomeDir returns the current user's home directory ($HOME).
func UserHomeDir() (string, error) {
	v := Getenv("HOME")
	if v == "" {
		return "", errors.New("$HOME is not defined")
	}
	return v, nil
}

// nextRandom is a random decimal number for temporary names (from getrandom).
func nextRandom() string {
	b := make([]byte, 4)
	syscall6(318, int(sliceaddr(b)), 4, 0, 0, 0, 0)
	v := uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
	if v == 0 {
		return "0"
	}
	var d [10]byte
	i := len(d)
	for v > 0 {
		i--
		d[i] = byte(v%10) + '0'
		v /= 10
	}
	return string(d[i:])
}

// prefixAndSuffix splits pattern at its last "*".
func prefixAndSuffix(pattern string) (prefix, suffix string, ok bool) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", false
		}
	}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			return pattern[:i], pattern[i+1:], true
		}
	}
	return pattern, "", true
}

func joinTemp(dir, name string) string {
	if len(dir) > 0 && dir[len(dir)-1] == '/' {
		return dir + name
	}
	return dir + "/" + name
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

// CreateTemp creates a new temporary file in dir (TempDir() for ""), named by pattern with a
// random string in place of its last "*" (or after it), opened for reading and writing.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, ok := prefixAndSuffix(pattern)
	if !ok {
		return nil, &fs.PathError{Op: "createtemp", Path: pattern, Err: errPatternHasSeparator}
	}
	prefix = joinTemp(dir, prefix)
	try := 0
	for {
		name := prefix + nextRandom() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return nil, &fs.PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		return f, err
	}
}

// MkdirTemp creates a new temporary directory in dir (TempDir() for ""), named by pattern as
// CreateTemp names files, and returns its name.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, ok := prefixAndSuffix(pattern)
	if !ok {
		return "", &fs.PathError{Op: "mkdirtemp", Path: pattern, Err: errPatternHasSeparator}
	}
	prefix = joinTemp(dir, prefix)
	try := 0
	for {
		name := prefix + nextRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return "", &fs.PathError{Op: "mkdirtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		if IsNotExist(err) {
			if _, err := Stat(dir); IsNotExist(err) {
				return "", err
			}
		}
		return "", err
	}
}

// Expand replaces ${var} or $var in the string by mapping(var).
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := shellName(s[j+1:])
			if name == "" && w > 0 {
				// Invalid syntax: the characters are dropped.
			} else if name == "" {
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

// ExpandEnv replaces ${var} or $var in the string by the environment's values.
func ExpandEnv(s string) string {
	return Expand(s, Getenv)
}

func isShellSpecialVar(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName reads the name after a '$' and how many bytes it took.
func shellName(s string) (string, int) {
	switch {
	case s[0] == '{':
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2
				}
				return s[1:i], i + 1
			}
		}
		return "", 1
	case isShellSpecialVar(s[0]):
		return s[0:1], 1
	}
	i := 0
	for i < len(s) && isAlphaNum(s[i]) {
		i++
	}
	return s[:i], i
}

// Pipe returns a connected pair of Files; reads from r return bytes written to w.
func Pipe() (r *File, w *File, err error) {
	fds := make([]byte, 8)
	if e := syscall6(293, int(sliceaddr(fds)), 0x80000, 0, 0, 0, 0); e < 0 { // pipe2 O_CLOEXEC
		return nil, nil, NewSyscallError("pipe2", syscall.Errno(-e))
	}
	p := sliceaddr(fds)
	return NewFile(uintptr(load32(p)), "|0"), NewFile(uintptr(load32(p+4)), "|1"), nil
}

// A Signal represents an operating system signal.
type Signal interface {
	String() string
	Signal() // to distinguish from other Stringers
}

// The signals every system has.
var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)

// ErrProcessDone indicates a Process has finished.
var ErrProcessDone error = errors.New("os: process already finished")

// Process stores the information about a process created by StartProcess.
type Process struct {
	Pid  int
	done bool
}

// ProcAttr holds the attributes that will be applied to a new process started by
// StartProcess.
type ProcAttr struct {
	Dir   string
	Env   []string
	Files []*File
	Sys   *syscall.SysProcAttr
}

// ProcessState stores information about a process, as reported by Wait.
type ProcessState struct {
	pid    int
	status syscall.WaitStatus
	rusage syscall.Rusage
}

// FindProcess looks for a running process by its pid (on Linux it always succeeds).
func FindProcess(pid int) (*Process, error) {
	return &Process{Pid: pid}, nil
}

// Release releases any resources associated with the Process p.
func (p *Process) Release() error {
	p.Pid = -1
	return nil
}

// Kill causes the Process to exit immediately.
func (p *Process) Kill() error {
	return p.Signal(Kill)
}

// Signal sends a signal to the Process (ErrProcessDone once it was waited for).
func (p *Process) Signal(sig Signal) error {
	if p.Pid == -1 {
		return errors.New("os: process already released")
	}
	if p.Pid == 0 {
		return errors.New("os: process not initialized")
	}
	if p.done {
		return ErrProcessDone
	}
	s, ok := sig.(syscall.Signal)
	if !ok {
		return errors.New("os: unsupported signal type")
	}
	if e := syscall.Kill(p.Pid, s); e != nil {
		if e == syscall.Errno(3) { // ESRCH
			return ErrProcessDone
		}
		return NewSyscallError("kill", e)
	}
	return nil
}

// Wait waits for the Process to exit and returns its state.
func (p *Process) Wait() (*ProcessState, error) {
	if p.Pid == -1 {
		return nil, syscall.EINVAL
	}
	buf := make([]byte, 4+144)
	st := sliceaddr(buf)
	// While other goroutines exist, they run until the child exits: its pidfd (Linux 5.3)
	// becomes readable then, and wait4 no longer blocks.
	if len(allgs) > 1 {
		if fd := syscall6(434, p.Pid, 0, 0, 0, 0, 0); fd >= 0 { // pidfd_open
			waitFD(fd, 1, "syscall")
			syscall6(3, fd, 0, 0, 0, 0, 0) // close
		}
	}
	for {
		r := syscall6(61, p.Pid, int(st), 0, int(st)+4, 0, 0) // wait4
		if r == -4 {
			continue
		}
		if r < 0 {
			return nil, NewSyscallError("wait", syscall.Errno(-r))
		}
		break
	}
	p.done = true
	ru := st + 4
	ps := &ProcessState{pid: p.Pid, status: syscall.WaitStatus(uint32(load32(st)))}
	ps.rusage.Utime = syscall.Timeval{Sec: int64(load64(ru)), Usec: int64(load64(ru + 8))}
	ps.rusage.Stime = syscall.Timeval{Sec: int64(load64(ru + 16)), Usec: int64(load64(ru + 24))}
	ps.rusage.Maxrss = int64(load64(ru + 32))
	return ps, nil
}

// Pid returns the process id of the exited process.
func (p *ProcessState) Pid() int { return p.pid }

// Exited reports whether the program has exited (not been ended by a signal).
func (p *ProcessState) Exited() bool { return p.status.Exited() }

// Success reports whether the program exited successfully (status 0).
func (p *ProcessState) Success() bool { return p.status.ExitStatus() == 0 }

// Sys returns the syscall.WaitStatus of the process.
func (p *ProcessState) Sys() any { return p.status }

// SysUsage returns the *syscall.Rusage of the exited process.
func (p *ProcessState) SysUsage() any { return &p.rusage }

// UserTime returns the user CPU time of the exited process and its children.
func (p *ProcessState) UserTime() time.Duration {
	return time.Duration(p.rusage.Utime.Nano()) * time.Nanosecond
}

// SystemTime returns the system CPU time of the exited process and its children.
func (p *ProcessState) SystemTime() time.Duration {
	return time.Duration(p.rusage.Stime.Nano()) * time.Nanosecond
}

// ExitCode returns the exit code of the exited process, or -1 if it was ended by a signal
// (or p is nil).
func (p *ProcessState) ExitCode() int {
	if p == nil {
		return -1
	}
	return p.status.ExitStatus()
}

// String describes the state as gc does: "exit status 1", "signal: killed".
func (p *ProcessState) String() string {
	if p == nil {
		return "<nil>"
	}
	status := p.status
	res := ""
	switch {
	case status.Exited():
		res = "exit status " + itoa(status.ExitStatus())
	case status.Signaled():
		res = "signal: " + status.Signal().String()
	case status.Stopped():
		res = "stop signal: " + status.StopSignal().String()
		if status.StopSignal() == syscall.SIGTRAP && status.TrapCause() != 0 {
			res += " (trap " + itoa(status.TrapCause()) + ")"
		}
	case status.Continued():
		res = "continued"
	}
	if status.CoreDump() {
		res += " (core dumped)"
	}
	return res
}

// cstrings is a NULL-terminated array of pointers to NUL-terminated copies of ss.
func cstrings(ss []string) uintptr {
	arr := make([]byte, 8*(len(ss)+1))
	p := sliceaddr(arr)
	for i, s := range ss {
		store64(p+uintptr(8*i), int(cstring(s)))
	}
	return p
}

// unsupportedSys names a field of attr that memrun does not apply, "" if none is set.
func unsupportedSys(a *syscall.SysProcAttr) string {
	switch {
	case a.Ptrace:
		return "Ptrace"
	case a.Setctty:
		return "Setctty"
	case a.Foreground:
		return "Foreground"
	case a.Cloneflags != 0:
		return "Cloneflags"
	case a.Unshareflags != 0:
		return "Unshareflags"
	case len(a.UidMappings) > 0:
		return "UidMappings"
	case len(a.GidMappings) > 0:
		return "GidMappings"
	case len(a.AmbientCaps) > 0:
		return "AmbientCaps"
	case a.UseCgroupFD:
		return "UseCgroupFD"
	case a.PidFD != nil:
		return "PidFD"
	}
	return ""
}

// StartProcess starts a new process with the program, arguments and attributes (working
// directory, environment, open files, Linux attributes) of name, argv and attr. It forks
// (clone with SIGCHLD, no shared memory) and the child sets itself up and execs; an exec
// that fails reports its errno back through a close-on-exec pipe, as gc's does.
func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error) {
	if attr == nil {
		attr = &ProcAttr{}
	}
	if attr.Dir != "" {
		if _, err := Stat(attr.Dir); err != nil {
			pe := err.(*fs.PathError)
			pe.Op = "chdir"
			return nil, pe
		}
	}
	sys := attr.Sys
	if sys == nil {
		sys = &syscall.SysProcAttr{}
	}
	if f := unsupportedSys(sys); f != "" {
		return nil, errors.New("memrun: os/exec with SysProcAttr." + f + " is not supported yet")
	}
	env := attr.Env
	if env == nil {
		env = Environ()
	}
	for _, s := range argv {
		for i := 0; i < len(s); i++ {
			if s[i] == 0 {
				return nil, &fs.PathError{Op: "fork/exec", Path: name, Err: syscall.EINVAL}
			}
		}
	}
	fds := make([]int, len(attr.Files))
	for i, f := range attr.Files {
		fds[i] = -1
		if f != nil {
			fds[i] = f.fd
		}
	}
	path := cstring(name)
	argvp := cstrings(argv)
	envp := cstrings(env)
	dirp := uintptr(0)
	if attr.Dir != "" {
		dirp = cstring(attr.Dir)
	}
	chroot := uintptr(0)
	if sys.Chroot != "" {
		chroot = cstring(sys.Chroot)
	}
	var groups []byte
	if c := sys.Credential; c != nil && !c.NoSetGroups {
		groups = make([]byte, 4*len(c.Groups)+4)
		for i, g := range c.Groups {
			store32(sliceaddr(groups)+uintptr(4*i), int(g))
		}
	}
	errPipe := make([]byte, 8)
	if e := syscall6(293, int(sliceaddr(errPipe)), 0x80000, 0, 0, 0, 0); e < 0 {
		return nil, NewSyscallError("pipe2", syscall.Errno(-e))
	}
	rd := load32(sliceaddr(errPipe))
	wr := load32(sliceaddr(errPipe) + 4)
	pid := syscall6(56, 17, 0, 0, 0, 0, 0) // clone(SIGCHLD): a fork
	if pid == 0 {
		childExec(path, argvp, envp, dirp, chroot, groups, fds, sys, wr)
	}
	syscall6(3, wr, 0, 0, 0, 0, 0)
	if pid < 0 {
		syscall6(3, rd, 0, 0, 0, 0, 0)
		return nil, &fs.PathError{Op: "fork/exec", Path: name, Err: syscall.Errno(-pid)}
	}
	msg := make([]byte, 4)
	n := 0
	for {
		n = syscall6(0, rd, int(sliceaddr(msg)), 4, 0, 0, 0)
		if n != -4 {
			break
		}
	}
	syscall6(3, rd, 0, 0, 0, 0, 0)
	if n == 4 {
		// The child could not exec: reap it and report its errno.
		p := &Process{Pid: pid}
		p.Wait()
		return nil, &fs.PathError{Op: "fork/exec", Path: name, Err: syscall.Errno(load32(sliceaddr(msg)))}
	}
	return &Process{Pid: pid}, nil
}

// childExec runs in the forked child: it never returns. Failures write the errno to the
// pipe wr and exit with status 253.
func childExec(path, argvp, envp, dirp, chroot uintptr, groups []byte, fds []int, sys *syscall.SysProcAttr, wr int) {
	fail := func(e int) {
		b := make([]byte, 4)
		store32(sliceaddr(b), -e)
		syscall6(1, wr, int(sliceaddr(b)), 4, 0, 0, 0)
		syscall6(231, 253, 0, 0, 0, 0, 0) // exit_group
	}
	if sys.Setsid {
		if r := syscall6(112, 0, 0, 0, 0, 0, 0); r < 0 {
			fail(r)
		}
	}
	if sys.Setpgid {
		if r := syscall6(109, 0, sys.Pgid, 0, 0, 0, 0); r < 0 {
			fail(r)
		}
	}
	if chroot != 0 {
		if r := syscall6(161, int(chroot), 0, 0, 0, 0, 0); r < 0 {
			fail(r)
		}
	}
	if c := sys.Credential; c != nil {
		if groups != nil {
			if r := syscall6(116, len(c.Groups), int(sliceaddr(groups)), 0, 0, 0, 0); r < 0 {
				fail(r)
			}
		}
		if r := syscall6(106, int(c.Gid), 0, 0, 0, 0, 0); r < 0 {
			fail(r)
		}
		if r := syscall6(105, int(c.Uid), 0, 0, 0, 0, 0); r < 0 {
			fail(r)
		}
	}
	if sys.Pdeathsig != 0 {
		if r := syscall6(157, 1, int(sys.Pdeathsig), 0, 0, 0, 0); r < 0 { // PR_SET_PDEATHSIG
			fail(r)
		}
	}
	if dirp != 0 {
		if r := syscall6(80, int(dirp), 0, 0, 0, 0, 0); r < 0 {
			fail(r)
		}
	}
	// Move every source descriptor out of the way of the targets 0..n-1 first, so that
	// placing one never closes another that is still to be placed.
	n := len(fds)
	if wr < n {
		r := syscall6(72, wr, 1030, n, 0, 0, 0) // F_DUPFD_CLOEXEC
		if r < 0 {
			fail(r)
		}
		wr = r
	}
	for i, fd := range fds {
		if fd >= 0 && fd < n && fd != i {
			r := syscall6(72, fd, 1030, n, 0, 0, 0)
			if r < 0 {
				fail(r)
			}
			fds[i] = r
		}
	}
	for i, fd := range fds {
		if fd < 0 {
			syscall6(3, i, 0, 0, 0, 0, 0)
			continue
		}
		if fd == i {
			if r := syscall6(72, fd, 2, 0, 0, 0, 0); r < 0 { // F_SETFD 0: keep across exec
				fail(r)
			}
			continue
		}
		if r := syscall6(33, fd, i, 0, 0, 0, 0); r < 0 { // dup2
			fail(r)
		}
	}
	if sys.Noctty {
		if r := syscall6(16, 0, 0x5422, 0, 0, 0, 0); r < 0 { // ioctl(0, TIOCNOTTY)
			fail(r)
		}
	}
	r := syscall6(59, int(path), int(argvp), int(envp), 0, 0, 0) // execve
	fail(r)
}

// checkValid is nil for an open File, else the error an operation op reports.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &fs.PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// ReadAt reads len(b) bytes from the File starting at byte offset off; fewer than len(b)
// bytes come with an error (io.EOF at the end of the file).
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &fs.PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m := syscall6(17, f.fd, int(sliceaddr(b)), len(b), int(off), 0, 0) // pread64
		if m == -4 {
			continue
		}
		if m < 0 {
			err = &fs.PathError{Op: "read", Path: f.name, Err: syscall.Errno(-m)}
			break
		}
		if m == 0 {
			err = io.EOF
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// WriteAt writes len(b) bytes to the File starting at byte offset off (not on a file
// opened with O_APPEND).
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errors.New("os: invalid use of WriteAt on file opened with O_APPEND")
	}
	if off < 0 {
		return 0, &fs.PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m := syscall6(18, f.fd, int(sliceaddr(b)), len(b), int(off), 0, 0) // pwrite64
		if m == -4 {
			continue
		}
		if m < 0 {
			err = &fs.PathError{Op: "write", Path: f.name, Err: syscall.Errno(-m)}
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// fileOnly hides a File's ReadFrom and WriteTo from io.Copy.
type fileOnly struct {
	f *File
}

func (w fileOnly) Write(b []byte) (int, error) { return w.f.Write(b) }
func (w fileOnly) Read(b []byte) (int, error)  { return w.f.Read(b) }

// ReadFrom implements io.ReaderFrom: it copies r to the File until EOF.
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	return io.Copy(fileOnly{f}, r)
}

// WriteTo implements io.WriterTo: it copies the File to w until EOF.
func (f *File) WriteTo(w io.Writer) (n int64, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	return io.Copy(w, fileOnly{f})
}

// Chown changes the numeric uid and gid of the named file (following links).
func Chown(name string, uid, gid int) error {
	if r := syscall6(92, int(cstring(name)), uid, gid, 0, 0, 0); r < 0 {
		return &fs.PathError{Op: "chown", Path: name, Err: syscall.Errno(-r)}
	}
	return nil
}

// Lchown changes the numeric uid and gid of the named file (a link itself).
func Lchown(name string, uid, gid int) error {
	if r := syscall6(94, int(cstring(name)), uid, gid, 0, 0, 0); r < 0 {
		return &fs.PathError{Op: "lchown", Path: name, Err: syscall.Errno(-r)}
	}
	return nil
}

// Chown changes the numeric uid and gid of the file.
func (f *File) Chown(uid, gid int) error {
	if err := f.checkValid("chown"); err != nil {
		return err
	}
	if r := syscall6(93, f.fd, uid, gid, 0, 0, 0); r < 0 {
		return &fs.PathError{Op: "chown", Path: f.name, Err: syscall.Errno(-r)}
	}
	return nil
}

// Chtimes changes the access and modification times of the named file; a zero time.Time
// leaves that time unchanged.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	ts := make([]byte, 32)
	p := sliceaddr(ts)
	for i, t := range []time.Time{atime, mtime} {
		q := p + uintptr(16*i)
		if t.IsZero() {
			store64(q, 0)
			store64(q+8, (1<<30)-2) // UTIME_OMIT
		} else {
			store64(q, int(t.Unix()))
			store64(q+8, t.Nanosecond())
		}
	}
	if r := syscall6(280, -100, int(cstring(name)), int(p), 0, 0, 0); r < 0 { // utimensat
		return &fs.PathError{Op: "chtimes", Path: name, Err: syscall.Errno(-r)}
	}
	return nil
}
