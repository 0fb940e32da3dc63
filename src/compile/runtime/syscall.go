// Package syscall of memrun's runtime library: what memrun compiles of it (Errno). The
// body-less functions and the names on the //memrun:unsupported lines are Go 1.27's API that
// memrun does not compile yet.
package syscall

import (
	"errors"
	"io/fs"
)

// Is reports whether the errno stands for one of the generic errors of io/fs (and
// errors.ErrUnsupported), so that errors.Is(err, fs.ErrNotExist) holds for ENOENT.
func (e Errno) Is(target error) bool {
	switch target {
	case fs.ErrPermission:
		return e == 13 || e == 1
	case fs.ErrExist:
		return e == 17 || e == 39
	case fs.ErrNotExist:
		return e == 2
	case errors.ErrUnsupported:
		return e == 38 || e == 95
	}
	return false
}

// Timeout reports whether the error is a timeout (EAGAIN, EWOULDBLOCK, ETIMEDOUT).
func (e Errno) Timeout() bool {
	return e == 11 || e == 110
}

// Temporary reports whether the error is temporary (EINTR, EMFILE, ENFILE, or a timeout).
func (e Errno) Temporary() bool {
	return e == 4 || e == 24 || e == 23 || e.Timeout()
}

// An Errno is an unsigned number describing an error condition (Linux's errno values).
type Errno uintptr

// Error is the errno's text as Go's syscall package words it on Linux.
func (e Errno) Error() string {
	switch e {
	case 1:
		return "operation not permitted"
	case 2:
		return "no such file or directory"
	case 3:
		return "no such process"
	case 4:
		return "interrupted system call"
	case 5:
		return "input/output error"
	case 6:
		return "no such device or address"
	case 7:
		return "argument list too long"
	case 8:
		return "exec format error"
	case 9:
		return "bad file descriptor"
	case 10:
		return "no child processes"
	case 11:
		return "resource temporarily unavailable"
	case 12:
		return "cannot allocate memory"
	case 13:
		return "permission denied"
	case 14:
		return "bad address"
	case 16:
		return "device or resource busy"
	case 17:
		return "file exists"
	case 18:
		return "invalid cross-device link"
	case 19:
		return "no such device"
	case 20:
		return "not a directory"
	case 21:
		return "is a directory"
	case 22:
		return "invalid argument"
	case 23:
		return "too many open files in system"
	case 24:
		return "too many open files"
	case 25:
		return "inappropriate ioctl for device"
	case 26:
		return "text file busy"
	case 27:
		return "file too large"
	case 28:
		return "no space left on device"
	case 29:
		return "illegal seek"
	case 30:
		return "read-only file system"
	case 31:
		return "too many links"
	case 32:
		return "broken pipe"
	case 36:
		return "file name too long"
	case 39:
		return "directory not empty"
	case 40:
		return "too many levels of symbolic links"
	case 122:
		return "disk quota exceeded"
	}
	return "errno " + itoa(int(e))
}

// Some of Linux's errno values.
const (
	EPERM     Errno = 1
	ENOENT    Errno = 2
	EINTR     Errno = 4
	EBADF     Errno = 9
	EAGAIN    Errno = 11
	EACCES    Errno = 13
	EEXIST    Errno = 17
	EXDEV     Errno = 18
	ENOTDIR   Errno = 20
	EISDIR    Errno = 21
	EINVAL    Errno = 22
	ENOSYS    Errno = 38
	ENOTEMPTY Errno = 39
)

// A Timespec is a time in seconds and nanoseconds.
type Timespec struct {
	Sec  int64
	Nsec int64
}

// Unix returns the time stored in ts as seconds plus nanoseconds.
func (ts *Timespec) Unix() (sec int64, nsec int64) {
	return ts.Sec, ts.Nsec
}

// Nano returns the time stored in ts as nanoseconds.
func (ts *Timespec) Nano() int64 {
	return ts.Sec*1e9 + ts.Nsec
}

// TimespecToNsec returns the time stored in ts as nanoseconds.
func TimespecToNsec(ts Timespec) int64 { return ts.Sec*1e9 + ts.Nsec }

// NsecToTimespec converts a number of nanoseconds into a Timespec.
func NsecToTimespec(nsec int64) Timespec {
	sec := nsec / 1e9
	nsec = nsec % 1e9
	if nsec < 0 {
		nsec += 1e9
		sec--
	}
	return Timespec{Sec: sec, Nsec: nsec}
}

// Stat_t is Linux's struct stat on amd64.
type Stat_t struct {
	Dev       uint64
	Ino       uint64
	Nlink     uint64
	Mode      uint32
	Uid       uint32
	Gid       uint32
	X__pad0   int32
	Rdev      uint64
	Size      int64
	Blksize   int64
	Blocks    int64
	Atim      Timespec
	Mtim      Timespec
	Ctim      Timespec
	X__unused [3]int64
}

// A Signal is a number describing a process signal.
type Signal int

// Signal implements os.Signal.
func (s Signal) Signal() {}

var signalNames = []string{"", "hangup", "interrupt", "quit", "illegal instruction", "trace/breakpoint trap", "aborted", "bus error", "floating point exception", "killed", "user defined signal 1", "segmentation fault", "user defined signal 2", "broken pipe", "alarm clock", "terminated", "stack fault", "child exited", "continued", "stopped (signal)", "stopped", "stopped (tty input)", "stopped (tty output)", "urgent I/O condition", "CPU time limit exceeded", "file size limit exceeded", "virtual timer expired", "profiling timer expired", "window changed", "I/O possible", "power failure", "bad system call"}

// String is the signal's description as gc words it ("killed"; "signal 40" beyond the
// named ones).
func (s Signal) String() string {
	if 0 < s && int(s) < len(signalNames) {
		return signalNames[s]
	}
	return "signal " + itoa(int(s))
}

// Linux's signals.
const (
	SIGABRT   Signal = 0x6
	SIGALRM   Signal = 0xe
	SIGBUS    Signal = 0x7
	SIGCHLD   Signal = 0x11
	SIGCLD    Signal = 0x11
	SIGCONT   Signal = 0x12
	SIGFPE    Signal = 0x8
	SIGHUP    Signal = 0x1
	SIGILL    Signal = 0x4
	SIGINT    Signal = 0x2
	SIGIO     Signal = 0x1d
	SIGIOT    Signal = 0x6
	SIGKILL   Signal = 0x9
	SIGPIPE   Signal = 0xd
	SIGPOLL   Signal = 0x1d
	SIGPROF   Signal = 0x1b
	SIGPWR    Signal = 0x1e
	SIGQUIT   Signal = 0x3
	SIGSEGV   Signal = 0xb
	SIGSTKFLT Signal = 0x10
	SIGSTOP   Signal = 0x13
	SIGSYS    Signal = 0x1f
	SIGTERM   Signal = 0xf
	SIGTRAP   Signal = 0x5
	SIGTSTP   Signal = 0x14
	SIGTTIN   Signal = 0x15
	SIGTTOU   Signal = 0x16
	SIGUNUSED Signal = 0x1f
	SIGURG    Signal = 0x17
	SIGUSR1   Signal = 0xa
	SIGUSR2   Signal = 0xc
	SIGVTALRM Signal = 0x1a
	SIGWINCH  Signal = 0x1c
	SIGXCPU   Signal = 0x18
	SIGXFSZ   Signal = 0x19
)

// Kill sends the signal sig to the process pid.
func Kill(pid int, sig Signal) (err error) {
	if r := syscall6(62, pid, int(sig), 0, 0, 0, 0); r < 0 {
		return Errno(-r)
	}
	return nil
}

// A WaitStatus is a wait4 status word.
type WaitStatus uint32

// Exited reports whether the process exited normally.
func (w WaitStatus) Exited() bool { return w&0x7f == 0 }

// Signaled reports whether the process was ended by a signal.
func (w WaitStatus) Signaled() bool { return w&0x7f != 0x7f && w&0x7f != 0 }

// Stopped reports whether the process is stopped.
func (w WaitStatus) Stopped() bool { return w&0xff == 0x7f && (w>>8)&0xff != 0xff }

// Continued reports whether the process was continued.
func (w WaitStatus) Continued() bool { return w == 0xffff }

// CoreDump reports whether the ending signal dumped core.
func (w WaitStatus) CoreDump() bool { return w.Signaled() && w&0x80 != 0 }

// ExitStatus is the exit code of a process that exited, else -1.
func (w WaitStatus) ExitStatus() int {
	if !w.Exited() {
		return -1
	}
	return int(w>>8) & 0xff
}

// Signal is the signal that ended the process, else -1.
func (w WaitStatus) Signal() Signal {
	if !w.Signaled() {
		return -1
	}
	return Signal(w & 0x7f)
}

// StopSignal is the signal that stopped the process, else -1.
func (w WaitStatus) StopSignal() Signal {
	if !w.Stopped() {
		return -1
	}
	return Signal(w>>8) & 0xff
}

// TrapCause is the ptrace event of a stopped process, else -1.
func (w WaitStatus) TrapCause() int {
	if w.StopSignal() != SIGTRAP {
		return -1
	}
	return int(w>>16) & 0xff
}

// A Timeval is a time in seconds and microseconds.
type Timeval struct {
	Sec  int64
	Usec int64
}

// Nano returns the time stored in tv as nanoseconds.
func (tv *Timeval) Nano() int64 { return tv.Sec*1e9 + tv.Usec*1e3 }

// Unix returns the time stored in tv as seconds plus nanoseconds.
func (tv *Timeval) Unix() (sec int64, nsec int64) { return tv.Sec, tv.Usec * 1000 }

// Rusage is Linux's struct rusage.
type Rusage struct {
	Utime    Timeval
	Stime    Timeval
	Maxrss   int64
	Ixrss    int64
	Idrss    int64
	Isrss    int64
	Minflt   int64
	Majflt   int64
	Nswap    int64
	Inblock  int64
	Oublock  int64
	Msgsnd   int64
	Msgrcv   int64
	Nsignals int64
	Nvcsw    int64
	Nivcsw   int64
}

// Credential holds the user and group identities a child process runs as.
type Credential struct {
	Uid         uint32
	Gid         uint32
	Groups      []uint32
	NoSetGroups bool
}

// SysProcIDMap holds a container ID to host ID mapping used in user namespaces.
type SysProcIDMap struct {
	ContainerID int
	HostID      int
	Size        int
}

// SysProcAttr holds the Linux-specific attributes of a child process. memrun applies
// Chroot, Credential, Setsid, Setpgid with Pgid, Noctty and Pdeathsig; a child asked for
// any other is not started (os.StartProcess returns an error naming the field).
type SysProcAttr struct {
	Chroot                     string
	Credential                 *Credential
	Ptrace                     bool
	Setsid                     bool
	Setpgid                    bool
	Setctty                    bool
	Noctty                     bool
	Ctty                       int
	Foreground                 bool
	Pgid                       int
	Pdeathsig                  Signal
	Cloneflags                 uintptr
	Unshareflags               uintptr
	UidMappings                []SysProcIDMap
	GidMappings                []SysProcIDMap
	GidMappingsEnableSetgroups bool
	AmbientCaps                []uintptr
	UseCgroupFD                bool
	CgroupFD                   int
	PidFD                      *int
}

// Go 1.27's API that memrun does not compile yet.

func Accept(fd int) (nfd int, sa Sockaddr, err error)
func Accept4(fd int, flags int) (nfd int, sa Sockaddr, err error)
func Access(path string, mode uint32) (err error)
func Acct(path string) (err error)
func Adjtimex(buf *Timex) (state int, err error)
func AllThreadsSyscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno)
func AllThreadsSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno)
func AttachLsf(fd int, i []SockFilter) error
func Bind(fd int, sa Sockaddr) (err error)
func BindToDevice(fd int, device string) (err error)
func BytePtrFromString(s string) (*byte, error)
func ByteSliceFromString(s string) ([]byte, error)
func Chdir(path string) (err error)
func Chmod(path string, mode uint32) (err error)
func Chown(path string, uid int, gid int) (err error)
func Chroot(path string) (err error)
func Clearenv()
func Close(fd int) (err error)
func CloseOnExec(fd int)
func CmsgLen(datalen int) int
func CmsgSpace(datalen int) int
func Connect(fd int, sa Sockaddr) (err error)
func Creat(path string, mode uint32) (fd int, err error)
func DetachLsf(fd int) error
func Dup(oldfd int) (fd int, err error)
func Dup2(oldfd int, newfd int) (err error)
func Dup3(oldfd int, newfd int, flags int) (err error)
func Environ() []string
func EpollCreate(size int) (fd int, err error)
func EpollCreate1(flag int) (fd int, err error)
func EpollCtl(epfd int, op int, fd int, event *EpollEvent) (err error)
func EpollWait(epfd int, events []EpollEvent, msec int) (n int, err error)
func Exec(argv0 string, argv []string, envv []string) (err error)
func Exit(code int)
func Faccessat(dirfd int, path string, mode uint32, flags int) (err error)
func Fallocate(fd int, mode uint32, off int64, len int64) (err error)
func Fchdir(fd int) (err error)
func Fchmod(fd int, mode uint32) (err error)
func Fchmodat(dirfd int, path string, mode uint32, flags int) error
func Fchown(fd int, uid int, gid int) (err error)
func Fchownat(dirfd int, path string, uid int, gid int, flags int) (err error)
func FcntlFlock(fd uintptr, cmd int, lk *Flock_t) error
func Fdatasync(fd int) (err error)
func Flock(fd int, how int) (err error)
func ForkExec(argv0 string, argv []string, attr *ProcAttr) (pid int, err error)
func Fstat(fd int, stat *Stat_t) (err error)
func Fstatfs(fd int, buf *Statfs_t) (err error)
func Fsync(fd int) (err error)
func Ftruncate(fd int, length int64) (err error)
func Futimes(fd int, tv []Timeval) (err error)
func Futimesat(dirfd int, path string, tv []Timeval) (err error)
func Getcwd(buf []byte) (n int, err error)
func Getdents(fd int, buf []byte) (n int, err error)
func Getegid() (egid int)
func Getenv(key string) (value string, found bool)
func Geteuid() (euid int)
func Getgid() (gid int)
func Getgroups() (gids []int, err error)
func Getpagesize() int
func Getpeername(fd int) (sa Sockaddr, err error)
func Getpgid(pid int) (pgid int, err error)
func Getpgrp() (pid int)
func Getpid() (pid int)
func Getppid() (ppid int)
func Getpriority(which int, who int) (prio int, err error)
func Getrlimit(resource int, rlim *Rlimit) (err error)
func Getrusage(who int, rusage *Rusage) (err error)
func Getsockname(fd int) (sa Sockaddr, err error)
func GetsockoptICMPv6Filter(fd, level, opt int) (*ICMPv6Filter, error)
func GetsockoptIPMreq(fd, level, opt int) (*IPMreq, error)
func GetsockoptIPMreqn(fd, level, opt int) (*IPMreqn, error)
func GetsockoptIPv6MTUInfo(fd, level, opt int) (*IPv6MTUInfo, error)
func GetsockoptIPv6Mreq(fd, level, opt int) (*IPv6Mreq, error)
func GetsockoptInet4Addr(fd, level, opt int) (value [4]byte, err error)
func GetsockoptInt(fd, level, opt int) (value int, err error)
func GetsockoptUcred(fd, level, opt int) (*Ucred, error)
func Gettid() (tid int)
func Gettimeofday(tv *Timeval) (err error)
func Getuid() (uid int)
func Getwd() (wd string, err error)
func Getxattr(path string, attr string, dest []byte) (sz int, err error)
func InotifyAddWatch(fd int, pathname string, mask uint32) (watchdesc int, err error)
func InotifyInit() (fd int, err error)
func InotifyInit1(flags int) (fd int, err error)
func InotifyRmWatch(fd int, watchdesc uint32) (success int, err error)
func Ioperm(from int, num int, on int) (err error)
func Iopl(level int) (err error)
func Klogctl(typ int, buf []byte) (n int, err error)
func Lchown(path string, uid int, gid int) (err error)
func Link(oldpath string, newpath string) (err error)
func Listen(s int, n int) (err error)
func Listxattr(path string, dest []byte) (sz int, err error)
func LsfSocket(ifindex, proto int) (int, error)
func Lstat(path string, stat *Stat_t) (err error)
func Madvise(b []byte, advice int) (err error)
func Mkdir(path string, mode uint32) (err error)
func Mkdirat(dirfd int, path string, mode uint32) (err error)
func Mkfifo(path string, mode uint32) (err error)
func Mknod(path string, mode uint32, dev int) (err error)
func Mknodat(dirfd int, path string, mode uint32, dev int) (err error)
func Mlock(b []byte) (err error)
func Mlockall(flags int) (err error)
func Mmap(fd int, offset int64, length int, prot int, flags int) (data []byte, err error)
func Mount(source string, target string, fstype string, flags uintptr, data string) (err error)
func Mprotect(b []byte, prot int) (err error)
func Munlock(b []byte) (err error)
func Munlockall() (err error)
func Munmap(b []byte) (err error)
func Nanosleep(time *Timespec, leftover *Timespec) (err error)
func NetlinkRIB(proto, family int) ([]byte, error)
func Open(path string, mode int, perm uint32) (fd int, err error)
func Openat(dirfd int, path string, flags int, mode uint32) (fd int, err error)
func ParseDirent(buf []byte, max int, names []string) (consumed int, count int, newnames []string)
func ParseNetlinkMessage(b []byte) ([]NetlinkMessage, error)
func ParseNetlinkRouteAttr(m *NetlinkMessage) ([]NetlinkRouteAttr, error)
func ParseSocketControlMessage(b []byte) ([]SocketControlMessage, error)
func ParseUnixCredentials(m *SocketControlMessage) (*Ucred, error)
func ParseUnixRights(m *SocketControlMessage) ([]int, error)
func Pause() (err error)
func Pipe(p []int) error
func Pipe2(p []int, flags int) error
func PivotRoot(newroot string, putold string) (err error)
func Pread(fd int, p []byte, offset int64) (n int, err error)
func PtraceAttach(pid int) (err error)
func PtraceCont(pid int, signal int) (err error)
func PtraceDetach(pid int) (err error)
func PtraceGetEventMsg(pid int) (msg uint, err error)
func PtraceGetRegs(pid int, regsout *PtraceRegs) (err error)
func PtracePeekData(pid int, addr uintptr, out []byte) (count int, err error)
func PtracePeekText(pid int, addr uintptr, out []byte) (count int, err error)
func PtracePokeData(pid int, addr uintptr, data []byte) (count int, err error)
func PtracePokeText(pid int, addr uintptr, data []byte) (count int, err error)
func PtraceSetOptions(pid int, options int) (err error)
func PtraceSetRegs(pid int, regs *PtraceRegs) (err error)
func PtraceSingleStep(pid int) (err error)
func PtraceSyscall(pid int, signal int) (err error)
func Pwrite(fd int, p []byte, offset int64) (n int, err error)
func RawSyscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno)
func RawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno)
func Read(fd int, p []byte) (n int, err error)
func ReadDirent(fd int, buf []byte) (n int, err error)
func Readlink(path string, buf []byte) (n int, err error)
func Reboot(cmd int) (err error)
func Recvfrom(fd int, p []byte, flags int) (n int, from Sockaddr, err error)
func Recvmsg(fd int, p, oob []byte, flags int) (n, oobn int, recvflags int, from Sockaddr, err error)
func Removexattr(path string, attr string) (err error)
func Rename(oldpath string, newpath string) (err error)
func Renameat(olddirfd int, oldpath string, newdirfd int, newpath string) (err error)
func Rmdir(path string) error
func Seek(fd int, offset int64, whence int) (off int64, err error)
func Select(nfd int, r *FdSet, w *FdSet, e *FdSet, timeout *Timeval) (n int, err error)
func Sendfile(outfd int, infd int, offset *int64, count int) (written int, err error)
func Sendmsg(fd int, p, oob []byte, to Sockaddr, flags int) (err error)
func SendmsgN(fd int, p, oob []byte, to Sockaddr, flags int) (n int, err error)
func Sendto(fd int, p []byte, flags int, to Sockaddr) (err error)
func SetLsfPromisc(name string, m bool) error
func SetNonblock(fd int, nonblocking bool) (err error)
func Setdomainname(p []byte) (err error)
func Setegid(egid int) (err error)
func Setenv(key, value string) error
func Seteuid(euid int) (err error)
func Setfsgid(gid int) (err error)
func Setfsuid(uid int) (err error)
func Setgid(gid int) (err error)
func Setgroups(gids []int) (err error)
func Sethostname(p []byte) (err error)
func Setpgid(pid int, pgid int) (err error)
func Setpriority(which int, who int, prio int) (err error)
func Setregid(rgid, egid int) (err error)
func Setresgid(rgid, egid, sgid int) (err error)
func Setresuid(ruid, euid, suid int) (err error)
func Setreuid(ruid, euid int) (err error)
func Setrlimit(resource int, rlim *Rlimit) error
func Setsid() (pid int, err error)
func SetsockoptByte(fd, level, opt int, value byte) (err error)
func SetsockoptICMPv6Filter(fd, level, opt int, filter *ICMPv6Filter) error
func SetsockoptIPMreq(fd, level, opt int, mreq *IPMreq) (err error)
func SetsockoptIPMreqn(fd, level, opt int, mreq *IPMreqn) (err error)
func SetsockoptIPv6Mreq(fd, level, opt int, mreq *IPv6Mreq) (err error)
func SetsockoptInet4Addr(fd, level, opt int, value [4]byte) (err error)
func SetsockoptInt(fd, level, opt int, value int) (err error)
func SetsockoptLinger(fd, level, opt int, l *Linger) (err error)
func SetsockoptString(fd, level, opt int, s string) (err error)
func SetsockoptTimeval(fd, level, opt int, tv *Timeval) (err error)
func Settimeofday(tv *Timeval) (err error)
func Setuid(uid int) (err error)
func Setxattr(path string, attr string, data []byte, flags int) (err error)
func Shutdown(fd int, how int) (err error)
func SlicePtrFromStrings(ss []string) ([]*byte, error)
func Socket(domain, typ, proto int) (fd int, err error)
func Socketpair(domain, typ, proto int) (fd [2]int, err error)
func Splice(rfd int, roff *int64, wfd int, woff *int64, len int, flags int) (n int64, err error)
func StartProcess(argv0 string, argv []string, attr *ProcAttr) (pid int, handle uintptr, err error)
func Stat(path string, stat *Stat_t) (err error)
func Statfs(path string, buf *Statfs_t) (err error)
func StringBytePtr(s string) *byte
func StringByteSlice(s string) []byte
func StringSlicePtr(ss []string) []*byte
func Symlink(oldpath string, newpath string) (err error)
func Sync()
func SyncFileRange(fd int, off int64, n int64, flags int) (err error)
func Syscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno)
func Syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno)
func Sysinfo(info *Sysinfo_t) (err error)
func Tee(rfd int, wfd int, len int, flags int) (n int64, err error)
func Tgkill(tgid int, tid int, sig Signal) (err error)
func Time(t *Time_t) (tt Time_t, err error)
func Times(tms *Tms) (ticks uintptr, err error)
func TimevalToNsec(tv Timeval) int64
func Truncate(path string, length int64) (err error)
func Umask(mask int) (oldmask int)
func Uname(buf *Utsname) (err error)
func UnixCredentials(ucred *Ucred) []byte
func UnixRights(fds ...int) []byte
func Unlink(path string) error
func Unlinkat(dirfd int, path string) error
func Unmount(target string, flags int) (err error)
func Unsetenv(key string) error
func Unshare(flags int) (err error)
func Ustat(dev int, ubuf *Ustat_t) (err error)
func Utime(path string, buf *Utimbuf) (err error)
func Utimes(path string, tv []Timeval) (err error)
func UtimesNano(path string, ts []Timespec) (err error)
func Wait4(pid int, wstatus *WaitStatus, options int, rusage *Rusage) (wpid int, err error)
func Write(fd int, p []byte) (n int, err error)
func LsfJump(code, k, jt, jf int) *SockFilter
func LsfStmt(code, k int) *SockFilter
func NsecToTimeval(nsec int64) Timeval
//memrun:unsupported CLONE_VM CLONE_FS CLONE_FILES CLONE_SIGHAND CLONE_PIDFD CLONE_PTRACE
//memrun:unsupported CLONE_VFORK CLONE_PARENT CLONE_THREAD CLONE_NEWNS CLONE_SYSVSEM
//memrun:unsupported CLONE_SETTLS CLONE_PARENT_SETTID CLONE_CHILD_CLEARTID CLONE_DETACHED
//memrun:unsupported CLONE_UNTRACED CLONE_CHILD_SETTID CLONE_NEWCGROUP CLONE_NEWUTS
//memrun:unsupported CLONE_NEWIPC CLONE_NEWUSER CLONE_NEWPID CLONE_NEWNET CLONE_IO
//memrun:unsupported CLONE_CLEAR_SIGHAND CLONE_INTO_CGROUP CLONE_NEWTIME AF_ALG AF_APPLETALK
//memrun:unsupported AF_ASH AF_ATMPVC AF_ATMSVC AF_AX25 AF_BLUETOOTH AF_BRIDGE AF_CAIF
//memrun:unsupported AF_CAN AF_DECnet AF_ECONET AF_FILE AF_IEEE802154 AF_INET AF_INET6
//memrun:unsupported AF_IPX AF_IRDA AF_ISDN AF_IUCV AF_KEY AF_LLC AF_LOCAL AF_MAX AF_NETBEUI
//memrun:unsupported AF_NETLINK AF_NETROM AF_PACKET AF_PHONET AF_PPPOX AF_RDS AF_ROSE
//memrun:unsupported AF_ROUTE AF_RXRPC AF_SECURITY AF_SNA AF_TIPC AF_UNIX AF_UNSPEC
//memrun:unsupported AF_WANPIPE AF_X25 ARPHRD_ADAPT ARPHRD_APPLETLK ARPHRD_ARCNET ARPHRD_ASH
//memrun:unsupported ARPHRD_ATM ARPHRD_AX25 ARPHRD_BIF ARPHRD_CHAOS ARPHRD_CISCO
//memrun:unsupported ARPHRD_CSLIP ARPHRD_CSLIP6 ARPHRD_DDCMP ARPHRD_DLCI ARPHRD_ECONET
//memrun:unsupported ARPHRD_EETHER ARPHRD_ETHER ARPHRD_EUI64 ARPHRD_FCAL ARPHRD_FCFABRIC
//memrun:unsupported ARPHRD_FCPL ARPHRD_FCPP ARPHRD_FDDI ARPHRD_FRAD ARPHRD_HDLC
//memrun:unsupported ARPHRD_HIPPI ARPHRD_HWX25 ARPHRD_IEEE1394 ARPHRD_IEEE802
//memrun:unsupported ARPHRD_IEEE80211 ARPHRD_IEEE80211_PRISM ARPHRD_IEEE80211_RADIOTAP
//memrun:unsupported ARPHRD_IEEE802154 ARPHRD_IEEE802154_PHY ARPHRD_IEEE802_TR
//memrun:unsupported ARPHRD_INFINIBAND ARPHRD_IPDDP ARPHRD_IPGRE ARPHRD_IRDA ARPHRD_LAPB
//memrun:unsupported ARPHRD_LOCALTLK ARPHRD_LOOPBACK ARPHRD_METRICOM ARPHRD_NETROM
//memrun:unsupported ARPHRD_NONE ARPHRD_PIMREG ARPHRD_PPP ARPHRD_PRONET ARPHRD_RAWHDLC
//memrun:unsupported ARPHRD_ROSE ARPHRD_RSRVD ARPHRD_SIT ARPHRD_SKIP ARPHRD_SLIP
//memrun:unsupported ARPHRD_SLIP6 ARPHRD_TUNNEL ARPHRD_TUNNEL6 ARPHRD_VOID ARPHRD_X25 BPF_A
//memrun:unsupported BPF_ABS BPF_ADD BPF_ALU BPF_AND BPF_B BPF_DIV BPF_H BPF_IMM BPF_IND
//memrun:unsupported BPF_JA BPF_JEQ BPF_JGE BPF_JGT BPF_JMP BPF_JSET BPF_K BPF_LD BPF_LDX
//memrun:unsupported BPF_LEN BPF_LSH BPF_MAJOR_VERSION BPF_MAXINSNS BPF_MEM BPF_MEMWORDS
//memrun:unsupported BPF_MINOR_VERSION BPF_MISC BPF_MSH BPF_MUL BPF_NEG BPF_OR BPF_RET
//memrun:unsupported BPF_RSH BPF_ST BPF_STX BPF_SUB BPF_TAX BPF_TXA BPF_W BPF_X DT_BLK
//memrun:unsupported DT_CHR DT_DIR DT_FIFO DT_LNK DT_REG DT_SOCK DT_UNKNOWN DT_WHT EPOLLERR
//memrun:unsupported EPOLLET EPOLLHUP EPOLLIN EPOLLMSG EPOLLONESHOT EPOLLOUT EPOLLPRI
//memrun:unsupported EPOLLRDBAND EPOLLRDHUP EPOLLRDNORM EPOLLWRBAND EPOLLWRNORM
//memrun:unsupported EPOLL_CLOEXEC EPOLL_CTL_ADD EPOLL_CTL_DEL EPOLL_CTL_MOD EPOLL_NONBLOCK
//memrun:unsupported ETH_P_1588 ETH_P_8021Q ETH_P_802_2 ETH_P_802_3 ETH_P_AARP ETH_P_ALL
//memrun:unsupported ETH_P_AOE ETH_P_ARCNET ETH_P_ARP ETH_P_ATALK ETH_P_ATMFATE
//memrun:unsupported ETH_P_ATMMPOA ETH_P_AX25 ETH_P_BPQ ETH_P_CAIF ETH_P_CAN ETH_P_CONTROL
//memrun:unsupported ETH_P_CUST ETH_P_DDCMP ETH_P_DEC ETH_P_DIAG ETH_P_DNA_DL ETH_P_DNA_RC
//memrun:unsupported ETH_P_DNA_RT ETH_P_DSA ETH_P_ECONET ETH_P_EDSA ETH_P_FCOE ETH_P_FIP
//memrun:unsupported ETH_P_HDLC ETH_P_IEEE802154 ETH_P_IEEEPUP ETH_P_IEEEPUPAT ETH_P_IP
//memrun:unsupported ETH_P_IPV6 ETH_P_IPX ETH_P_IRDA ETH_P_LAT ETH_P_LINK_CTL
//memrun:unsupported ETH_P_LOCALTALK ETH_P_LOOP ETH_P_MOBITEX ETH_P_MPLS_MC ETH_P_MPLS_UC
//memrun:unsupported ETH_P_PAE ETH_P_PAUSE ETH_P_PHONET ETH_P_PPPTALK ETH_P_PPP_DISC
//memrun:unsupported ETH_P_PPP_MP ETH_P_PPP_SES ETH_P_PUP ETH_P_PUPAT ETH_P_RARP ETH_P_SCA
//memrun:unsupported ETH_P_SLOW ETH_P_SNAP ETH_P_TEB ETH_P_TIPC ETH_P_TRAILER ETH_P_TR_802_2
//memrun:unsupported ETH_P_WAN_PPP ETH_P_WCCP ETH_P_X25 FD_CLOEXEC FD_SETSIZE F_DUPFD
//memrun:unsupported F_DUPFD_CLOEXEC F_EXLCK F_GETFD F_GETFL F_GETLEASE F_GETLK F_GETLK64
//memrun:unsupported F_GETOWN F_GETOWN_EX F_GETPIPE_SZ F_GETSIG F_LOCK F_NOTIFY F_OK F_RDLCK
//memrun:unsupported F_SETFD F_SETFL F_SETLEASE F_SETLK F_SETLK64 F_SETLKW F_SETLKW64
//memrun:unsupported F_SETOWN F_SETOWN_EX F_SETPIPE_SZ F_SETSIG F_SHLCK F_TEST F_TLOCK
//memrun:unsupported F_ULOCK F_UNLCK F_WRLCK ICMPV6_FILTER IFA_F_DADFAILED IFA_F_DEPRECATED
//memrun:unsupported IFA_F_HOMEADDRESS IFA_F_NODAD IFA_F_OPTIMISTIC IFA_F_PERMANENT
//memrun:unsupported IFA_F_SECONDARY IFA_F_TEMPORARY IFA_F_TENTATIVE IFA_MAX IFF_ALLMULTI
//memrun:unsupported IFF_AUTOMEDIA IFF_BROADCAST IFF_DEBUG IFF_DYNAMIC IFF_LOOPBACK
//memrun:unsupported IFF_MASTER IFF_MULTICAST IFF_NOARP IFF_NOTRAILERS IFF_NO_PI
//memrun:unsupported IFF_ONE_QUEUE IFF_POINTOPOINT IFF_PORTSEL IFF_PROMISC IFF_RUNNING
//memrun:unsupported IFF_SLAVE IFF_TAP IFF_TUN IFF_TUN_EXCL IFF_UP IFF_VNET_HDR IFNAMSIZ
//memrun:unsupported IN_ACCESS IN_ALL_EVENTS IN_ATTRIB IN_CLASSA_HOST IN_CLASSA_MAX
//memrun:unsupported IN_CLASSA_NET IN_CLASSA_NSHIFT IN_CLASSB_HOST IN_CLASSB_MAX
//memrun:unsupported IN_CLASSB_NET IN_CLASSB_NSHIFT IN_CLASSC_HOST IN_CLASSC_NET
//memrun:unsupported IN_CLASSC_NSHIFT IN_CLOEXEC IN_CLOSE IN_CLOSE_NOWRITE IN_CLOSE_WRITE
//memrun:unsupported IN_CREATE IN_DELETE IN_DELETE_SELF IN_DONT_FOLLOW IN_EXCL_UNLINK
//memrun:unsupported IN_IGNORED IN_ISDIR IN_LOOPBACKNET IN_MASK_ADD IN_MODIFY IN_MOVE
//memrun:unsupported IN_MOVED_FROM IN_MOVED_TO IN_MOVE_SELF IN_NONBLOCK IN_ONESHOT
//memrun:unsupported IN_ONLYDIR IN_OPEN IN_Q_OVERFLOW IN_UNMOUNT IPPROTO_AH IPPROTO_COMP
//memrun:unsupported IPPROTO_DCCP IPPROTO_DSTOPTS IPPROTO_EGP IPPROTO_ENCAP IPPROTO_ESP
//memrun:unsupported IPPROTO_FRAGMENT IPPROTO_GRE IPPROTO_HOPOPTS IPPROTO_ICMP
//memrun:unsupported IPPROTO_ICMPV6 IPPROTO_IDP IPPROTO_IGMP IPPROTO_IP IPPROTO_IPIP
//memrun:unsupported IPPROTO_IPV6 IPPROTO_MTP IPPROTO_NONE IPPROTO_PIM IPPROTO_PUP
//memrun:unsupported IPPROTO_RAW IPPROTO_ROUTING IPPROTO_RSVP IPPROTO_SCTP IPPROTO_TCP
//memrun:unsupported IPPROTO_TP IPPROTO_UDP IPPROTO_UDPLITE IPV6_2292DSTOPTS
//memrun:unsupported IPV6_2292HOPLIMIT IPV6_2292HOPOPTS IPV6_2292PKTINFO IPV6_2292PKTOPTIONS
//memrun:unsupported IPV6_2292RTHDR IPV6_ADDRFORM IPV6_ADD_MEMBERSHIP IPV6_AUTHHDR
//memrun:unsupported IPV6_CHECKSUM IPV6_DROP_MEMBERSHIP IPV6_DSTOPTS IPV6_HOPLIMIT
//memrun:unsupported IPV6_HOPOPTS IPV6_IPSEC_POLICY IPV6_JOIN_ANYCAST IPV6_JOIN_GROUP
//memrun:unsupported IPV6_LEAVE_ANYCAST IPV6_LEAVE_GROUP IPV6_MTU IPV6_MTU_DISCOVER
//memrun:unsupported IPV6_MULTICAST_HOPS IPV6_MULTICAST_IF IPV6_MULTICAST_LOOP IPV6_NEXTHOP
//memrun:unsupported IPV6_PKTINFO IPV6_PMTUDISC_DO IPV6_PMTUDISC_DONT IPV6_PMTUDISC_PROBE
//memrun:unsupported IPV6_PMTUDISC_WANT IPV6_RECVDSTOPTS IPV6_RECVERR IPV6_RECVHOPLIMIT
//memrun:unsupported IPV6_RECVHOPOPTS IPV6_RECVPKTINFO IPV6_RECVRTHDR IPV6_RECVTCLASS
//memrun:unsupported IPV6_ROUTER_ALERT IPV6_RTHDR IPV6_RTHDRDSTOPTS IPV6_RTHDR_LOOSE
//memrun:unsupported IPV6_RTHDR_STRICT IPV6_RTHDR_TYPE_0 IPV6_RXDSTOPTS IPV6_RXHOPOPTS
//memrun:unsupported IPV6_TCLASS IPV6_UNICAST_HOPS IPV6_V6ONLY IPV6_XFRM_POLICY
//memrun:unsupported IP_ADD_MEMBERSHIP IP_ADD_SOURCE_MEMBERSHIP IP_BLOCK_SOURCE
//memrun:unsupported IP_DEFAULT_MULTICAST_LOOP IP_DEFAULT_MULTICAST_TTL IP_DF
//memrun:unsupported IP_DROP_MEMBERSHIP IP_DROP_SOURCE_MEMBERSHIP IP_FREEBIND IP_HDRINCL
//memrun:unsupported IP_IPSEC_POLICY IP_MAXPACKET IP_MAX_MEMBERSHIPS IP_MF IP_MINTTL
//memrun:unsupported IP_MSFILTER IP_MSS IP_MTU IP_MTU_DISCOVER IP_MULTICAST_IF
//memrun:unsupported IP_MULTICAST_LOOP IP_MULTICAST_TTL IP_OFFMASK IP_OPTIONS IP_ORIGDSTADDR
//memrun:unsupported IP_PASSSEC IP_PKTINFO IP_PKTOPTIONS IP_PMTUDISC IP_PMTUDISC_DO
//memrun:unsupported IP_PMTUDISC_DONT IP_PMTUDISC_PROBE IP_PMTUDISC_WANT IP_RECVERR
//memrun:unsupported IP_RECVOPTS IP_RECVORIGDSTADDR IP_RECVRETOPTS IP_RECVTOS IP_RECVTTL
//memrun:unsupported IP_RETOPTS IP_RF IP_ROUTER_ALERT IP_TOS IP_TRANSPARENT IP_TTL
//memrun:unsupported IP_UNBLOCK_SOURCE IP_XFRM_POLICY LINUX_REBOOT_CMD_CAD_OFF
//memrun:unsupported LINUX_REBOOT_CMD_CAD_ON LINUX_REBOOT_CMD_HALT LINUX_REBOOT_CMD_KEXEC
//memrun:unsupported LINUX_REBOOT_CMD_POWER_OFF LINUX_REBOOT_CMD_RESTART
//memrun:unsupported LINUX_REBOOT_CMD_RESTART2 LINUX_REBOOT_CMD_SW_SUSPEND
//memrun:unsupported LINUX_REBOOT_MAGIC1 LINUX_REBOOT_MAGIC2 LOCK_EX LOCK_NB LOCK_SH LOCK_UN
//memrun:unsupported MADV_DOFORK MADV_DONTFORK MADV_DONTNEED MADV_HUGEPAGE MADV_HWPOISON
//memrun:unsupported MADV_MERGEABLE MADV_NOHUGEPAGE MADV_NORMAL MADV_RANDOM MADV_REMOVE
//memrun:unsupported MADV_SEQUENTIAL MADV_UNMERGEABLE MADV_WILLNEED MAP_32BIT MAP_ANON
//memrun:unsupported MAP_ANONYMOUS MAP_DENYWRITE MAP_EXECUTABLE MAP_FILE MAP_FIXED
//memrun:unsupported MAP_GROWSDOWN MAP_HUGETLB MAP_LOCKED MAP_NONBLOCK MAP_NORESERVE
//memrun:unsupported MAP_POPULATE MAP_PRIVATE MAP_SHARED MAP_STACK MAP_TYPE MCL_CURRENT
//memrun:unsupported MCL_FUTURE MNT_DETACH MNT_EXPIRE MNT_FORCE MSG_CMSG_CLOEXEC MSG_CONFIRM
//memrun:unsupported MSG_CTRUNC MSG_DONTROUTE MSG_DONTWAIT MSG_EOR MSG_ERRQUEUE MSG_FASTOPEN
//memrun:unsupported MSG_FIN MSG_MORE MSG_NOSIGNAL MSG_OOB MSG_PEEK MSG_PROXY MSG_RST
//memrun:unsupported MSG_SYN MSG_TRUNC MSG_TRYHARD MSG_WAITALL MSG_WAITFORONE MS_ACTIVE
//memrun:unsupported MS_ASYNC MS_BIND MS_DIRSYNC MS_INVALIDATE MS_I_VERSION MS_KERNMOUNT
//memrun:unsupported MS_MANDLOCK MS_MGC_MSK MS_MGC_VAL MS_MOVE MS_NOATIME MS_NODEV
//memrun:unsupported MS_NODIRATIME MS_NOEXEC MS_NOSUID MS_NOUSER MS_POSIXACL MS_PRIVATE
//memrun:unsupported MS_RDONLY MS_REC MS_RELATIME MS_REMOUNT MS_RMT_MASK MS_SHARED MS_SILENT
//memrun:unsupported MS_SLAVE MS_STRICTATIME MS_SYNC MS_SYNCHRONOUS MS_UNBINDABLE NAME_MAX
//memrun:unsupported NETLINK_ADD_MEMBERSHIP NETLINK_AUDIT NETLINK_BROADCAST_ERROR
//memrun:unsupported NETLINK_CONNECTOR NETLINK_DNRTMSG NETLINK_DROP_MEMBERSHIP
//memrun:unsupported NETLINK_ECRYPTFS NETLINK_FIB_LOOKUP NETLINK_FIREWALL NETLINK_GENERIC
//memrun:unsupported NETLINK_INET_DIAG NETLINK_IP6_FW NETLINK_ISCSI NETLINK_KOBJECT_UEVENT
//memrun:unsupported NETLINK_NETFILTER NETLINK_NFLOG NETLINK_NO_ENOBUFS NETLINK_PKTINFO
//memrun:unsupported NETLINK_ROUTE NETLINK_SCSITRANSPORT NETLINK_SELINUX NETLINK_UNUSED
//memrun:unsupported NETLINK_USERSOCK NETLINK_XFRM NLA_ALIGNTO NLA_F_NESTED
//memrun:unsupported NLA_F_NET_BYTEORDER NLA_HDRLEN NLMSG_ALIGNTO NLMSG_DONE NLMSG_ERROR
//memrun:unsupported NLMSG_HDRLEN NLMSG_MIN_TYPE NLMSG_NOOP NLMSG_OVERRUN NLM_F_ACK
//memrun:unsupported NLM_F_APPEND NLM_F_ATOMIC NLM_F_CREATE NLM_F_DUMP NLM_F_ECHO NLM_F_EXCL
//memrun:unsupported NLM_F_MATCH NLM_F_MULTI NLM_F_REPLACE NLM_F_REQUEST NLM_F_ROOT
//memrun:unsupported O_ACCMODE O_APPEND O_ASYNC O_CLOEXEC O_CREAT O_DIRECT O_DIRECTORY
//memrun:unsupported O_DSYNC O_EXCL O_FSYNC O_LARGEFILE O_NDELAY O_NOATIME O_NOCTTY
//memrun:unsupported O_NOFOLLOW O_NONBLOCK O_RDONLY O_RDWR O_RSYNC O_SYNC O_TRUNC O_WRONLY
//memrun:unsupported PACKET_ADD_MEMBERSHIP PACKET_BROADCAST PACKET_DROP_MEMBERSHIP
//memrun:unsupported PACKET_FASTROUTE PACKET_HOST PACKET_LOOPBACK PACKET_MR_ALLMULTI
//memrun:unsupported PACKET_MR_MULTICAST PACKET_MR_PROMISC PACKET_MULTICAST PACKET_OTHERHOST
//memrun:unsupported PACKET_OUTGOING PACKET_RECV_OUTPUT PACKET_RX_RING PACKET_STATISTICS
//memrun:unsupported PRIO_PGRP PRIO_PROCESS PRIO_USER PROT_EXEC PROT_GROWSDOWN PROT_GROWSUP
//memrun:unsupported PROT_NONE PROT_READ PROT_WRITE PR_CAPBSET_DROP PR_CAPBSET_READ
//memrun:unsupported PR_ENDIAN_BIG PR_ENDIAN_LITTLE PR_ENDIAN_PPC_LITTLE PR_FPEMU_NOPRINT
//memrun:unsupported PR_FPEMU_SIGFPE PR_FP_EXC_ASYNC PR_FP_EXC_DISABLED PR_FP_EXC_DIV
//memrun:unsupported PR_FP_EXC_INV PR_FP_EXC_NONRECOV PR_FP_EXC_OVF PR_FP_EXC_PRECISE
//memrun:unsupported PR_FP_EXC_RES PR_FP_EXC_SW_ENABLE PR_FP_EXC_UND PR_GET_DUMPABLE
//memrun:unsupported PR_GET_ENDIAN PR_GET_FPEMU PR_GET_FPEXC PR_GET_KEEPCAPS PR_GET_NAME
//memrun:unsupported PR_GET_PDEATHSIG PR_GET_SECCOMP PR_GET_SECUREBITS PR_GET_TIMERSLACK
//memrun:unsupported PR_GET_TIMING PR_GET_TSC PR_GET_UNALIGN PR_MCE_KILL PR_MCE_KILL_CLEAR
//memrun:unsupported PR_MCE_KILL_DEFAULT PR_MCE_KILL_EARLY PR_MCE_KILL_GET PR_MCE_KILL_LATE
//memrun:unsupported PR_MCE_KILL_SET PR_SET_DUMPABLE PR_SET_ENDIAN PR_SET_FPEMU PR_SET_FPEXC
//memrun:unsupported PR_SET_KEEPCAPS PR_SET_NAME PR_SET_PDEATHSIG PR_SET_PTRACER
//memrun:unsupported PR_SET_SECCOMP PR_SET_SECUREBITS PR_SET_TIMERSLACK PR_SET_TIMING
//memrun:unsupported PR_SET_TSC PR_SET_UNALIGN PR_TASK_PERF_EVENTS_DISABLE
//memrun:unsupported PR_TASK_PERF_EVENTS_ENABLE PR_TIMING_STATISTICAL PR_TIMING_TIMESTAMP
//memrun:unsupported PR_TSC_ENABLE PR_TSC_SIGSEGV PR_UNALIGN_NOPRINT PR_UNALIGN_SIGBUS
//memrun:unsupported PTRACE_ARCH_PRCTL PTRACE_ATTACH PTRACE_CONT PTRACE_DETACH
//memrun:unsupported PTRACE_EVENT_CLONE PTRACE_EVENT_EXEC PTRACE_EVENT_EXIT
//memrun:unsupported PTRACE_EVENT_FORK PTRACE_EVENT_VFORK PTRACE_EVENT_VFORK_DONE
//memrun:unsupported PTRACE_GETEVENTMSG PTRACE_GETFPREGS PTRACE_GETFPXREGS PTRACE_GETREGS
//memrun:unsupported PTRACE_GETREGSET PTRACE_GETSIGINFO PTRACE_GET_THREAD_AREA PTRACE_KILL
//memrun:unsupported PTRACE_OLDSETOPTIONS PTRACE_O_MASK PTRACE_O_TRACECLONE
//memrun:unsupported PTRACE_O_TRACEEXEC PTRACE_O_TRACEEXIT PTRACE_O_TRACEFORK
//memrun:unsupported PTRACE_O_TRACESYSGOOD PTRACE_O_TRACEVFORK PTRACE_O_TRACEVFORKDONE
//memrun:unsupported PTRACE_PEEKDATA PTRACE_PEEKTEXT PTRACE_PEEKUSR PTRACE_POKEDATA
//memrun:unsupported PTRACE_POKETEXT PTRACE_POKEUSR PTRACE_SETFPREGS PTRACE_SETFPXREGS
//memrun:unsupported PTRACE_SETOPTIONS PTRACE_SETREGS PTRACE_SETREGSET PTRACE_SETSIGINFO
//memrun:unsupported PTRACE_SET_THREAD_AREA PTRACE_SINGLEBLOCK PTRACE_SINGLESTEP
//memrun:unsupported PTRACE_SYSCALL PTRACE_SYSEMU PTRACE_SYSEMU_SINGLESTEP PTRACE_TRACEME
//memrun:unsupported RLIMIT_AS RLIMIT_CORE RLIMIT_CPU RLIMIT_DATA RLIMIT_FSIZE RLIMIT_NOFILE
//memrun:unsupported RLIMIT_STACK RLIM_INFINITY RTAX_ADVMSS RTAX_CWND RTAX_FEATURES
//memrun:unsupported RTAX_FEATURE_ALLFRAG RTAX_FEATURE_ECN RTAX_FEATURE_SACK
//memrun:unsupported RTAX_FEATURE_TIMESTAMP RTAX_HOPLIMIT RTAX_INITCWND RTAX_INITRWND
//memrun:unsupported RTAX_LOCK RTAX_MAX RTAX_MTU RTAX_REORDERING RTAX_RTO_MIN RTAX_RTT
//memrun:unsupported RTAX_RTTVAR RTAX_SSTHRESH RTAX_UNSPEC RTAX_WINDOW RTA_ALIGNTO RTA_MAX
//memrun:unsupported RTCF_DIRECTSRC RTCF_DOREDIRECT RTCF_LOG RTCF_MASQ RTCF_NAT RTCF_VALVE
//memrun:unsupported RTF_ADDRCLASSMASK RTF_ADDRCONF RTF_ALLONLINK RTF_BROADCAST RTF_CACHE
//memrun:unsupported RTF_DEFAULT RTF_DYNAMIC RTF_FLOW RTF_GATEWAY RTF_HOST RTF_INTERFACE
//memrun:unsupported RTF_IRTT RTF_LINKRT RTF_LOCAL RTF_MODIFIED RTF_MSS RTF_MTU
//memrun:unsupported RTF_MULTICAST RTF_NAT RTF_NOFORWARD RTF_NONEXTHOP RTF_NOPMTUDISC
//memrun:unsupported RTF_POLICY RTF_REINSTATE RTF_REJECT RTF_STATIC RTF_THROW RTF_UP
//memrun:unsupported RTF_WINDOW RTF_XRESOLVE RTM_BASE RTM_DELACTION RTM_DELADDR
//memrun:unsupported RTM_DELADDRLABEL RTM_DELLINK RTM_DELNEIGH RTM_DELQDISC RTM_DELROUTE
//memrun:unsupported RTM_DELRULE RTM_DELTCLASS RTM_DELTFILTER RTM_F_CLONED RTM_F_EQUALIZE
//memrun:unsupported RTM_F_NOTIFY RTM_F_PREFIX RTM_GETACTION RTM_GETADDR RTM_GETADDRLABEL
//memrun:unsupported RTM_GETANYCAST RTM_GETDCB RTM_GETLINK RTM_GETMULTICAST RTM_GETNEIGH
//memrun:unsupported RTM_GETNEIGHTBL RTM_GETQDISC RTM_GETROUTE RTM_GETRULE RTM_GETTCLASS
//memrun:unsupported RTM_GETTFILTER RTM_MAX RTM_NEWACTION RTM_NEWADDR RTM_NEWADDRLABEL
//memrun:unsupported RTM_NEWLINK RTM_NEWNDUSEROPT RTM_NEWNEIGH RTM_NEWNEIGHTBL RTM_NEWPREFIX
//memrun:unsupported RTM_NEWQDISC RTM_NEWROUTE RTM_NEWRULE RTM_NEWTCLASS RTM_NEWTFILTER
//memrun:unsupported RTM_NR_FAMILIES RTM_NR_MSGTYPES RTM_SETDCB RTM_SETLINK RTM_SETNEIGHTBL
//memrun:unsupported RTNH_ALIGNTO RTNH_F_DEAD RTNH_F_ONLINK RTNH_F_PERVASIVE RTN_MAX
//memrun:unsupported RTPROT_BIRD RTPROT_BOOT RTPROT_DHCP RTPROT_DNROUTED RTPROT_GATED
//memrun:unsupported RTPROT_KERNEL RTPROT_MRT RTPROT_NTK RTPROT_RA RTPROT_REDIRECT
//memrun:unsupported RTPROT_STATIC RTPROT_UNSPEC RTPROT_XORP RTPROT_ZEBRA RT_CLASS_DEFAULT
//memrun:unsupported RT_CLASS_LOCAL RT_CLASS_MAIN RT_CLASS_MAX RT_CLASS_UNSPEC
//memrun:unsupported RUSAGE_CHILDREN RUSAGE_SELF RUSAGE_THREAD SCM_CREDENTIALS SCM_RIGHTS
//memrun:unsupported SCM_TIMESTAMP SCM_TIMESTAMPING SCM_TIMESTAMPNS SHUT_RD SHUT_RDWR
//memrun:unsupported SHUT_WR SIOCADDDLCI SIOCADDMULTI SIOCADDRT SIOCATMARK SIOCDARP
//memrun:unsupported SIOCDELDLCI SIOCDELMULTI SIOCDELRT SIOCDEVPRIVATE SIOCDIFADDR SIOCDRARP
//memrun:unsupported SIOCGARP SIOCGIFADDR SIOCGIFBR SIOCGIFBRDADDR SIOCGIFCONF SIOCGIFCOUNT
//memrun:unsupported SIOCGIFDSTADDR SIOCGIFENCAP SIOCGIFFLAGS SIOCGIFHWADDR SIOCGIFINDEX
//memrun:unsupported SIOCGIFMAP SIOCGIFMEM SIOCGIFMETRIC SIOCGIFMTU SIOCGIFNAME
//memrun:unsupported SIOCGIFNETMASK SIOCGIFPFLAGS SIOCGIFSLAVE SIOCGIFTXQLEN SIOCGPGRP
//memrun:unsupported SIOCGRARP SIOCGSTAMP SIOCGSTAMPNS SIOCPROTOPRIVATE SIOCRTMSG SIOCSARP
//memrun:unsupported SIOCSIFADDR SIOCSIFBR SIOCSIFBRDADDR SIOCSIFDSTADDR SIOCSIFENCAP
//memrun:unsupported SIOCSIFFLAGS SIOCSIFHWADDR SIOCSIFHWBROADCAST SIOCSIFLINK SIOCSIFMAP
//memrun:unsupported SIOCSIFMEM SIOCSIFMETRIC SIOCSIFMTU SIOCSIFNAME SIOCSIFNETMASK
//memrun:unsupported SIOCSIFPFLAGS SIOCSIFSLAVE SIOCSIFTXQLEN SIOCSPGRP SIOCSRARP
//memrun:unsupported SOCK_CLOEXEC SOCK_DCCP SOCK_DGRAM SOCK_NONBLOCK SOCK_PACKET SOCK_RAW
//memrun:unsupported SOCK_RDM SOCK_SEQPACKET SOCK_STREAM SOL_AAL SOL_ATM SOL_DECNET
//memrun:unsupported SOL_ICMPV6 SOL_IP SOL_IPV6 SOL_IRDA SOL_PACKET SOL_RAW SOL_SOCKET
//memrun:unsupported SOL_TCP SOL_X25 SOMAXCONN SO_ACCEPTCONN SO_ATTACH_FILTER
//memrun:unsupported SO_BINDTODEVICE SO_BROADCAST SO_BSDCOMPAT SO_DEBUG SO_DETACH_FILTER
//memrun:unsupported SO_DOMAIN SO_DONTROUTE SO_ERROR SO_KEEPALIVE SO_LINGER SO_MARK
//memrun:unsupported SO_NO_CHECK SO_OOBINLINE SO_PASSCRED SO_PASSSEC SO_PEERCRED SO_PEERNAME
//memrun:unsupported SO_PEERSEC SO_PRIORITY SO_PROTOCOL SO_RCVBUF SO_RCVBUFFORCE SO_RCVLOWAT
//memrun:unsupported SO_RCVTIMEO SO_REUSEADDR SO_RXQ_OVFL SO_SECURITY_AUTHENTICATION
//memrun:unsupported SO_SECURITY_ENCRYPTION_NETWORK SO_SECURITY_ENCRYPTION_TRANSPORT
//memrun:unsupported SO_SNDBUF SO_SNDBUFFORCE SO_SNDLOWAT SO_SNDTIMEO SO_TIMESTAMP
//memrun:unsupported SO_TIMESTAMPING SO_TIMESTAMPNS SO_TYPE S_BLKSIZE S_IEXEC S_IFBLK
//memrun:unsupported S_IFCHR S_IFDIR S_IFIFO S_IFLNK S_IFMT S_IFREG S_IFSOCK S_IREAD S_IRGRP
//memrun:unsupported S_IROTH S_IRUSR S_IRWXG S_IRWXO S_IRWXU S_ISGID S_ISUID S_ISVTX S_IWGRP
//memrun:unsupported S_IWOTH S_IWRITE S_IWUSR S_IXGRP S_IXOTH S_IXUSR TCIFLUSH TCIOFLUSH
//memrun:unsupported TCOFLUSH TCP_CONGESTION TCP_CORK TCP_DEFER_ACCEPT TCP_INFO TCP_KEEPCNT
//memrun:unsupported TCP_KEEPIDLE TCP_KEEPINTVL TCP_LINGER2 TCP_MAXSEG TCP_MAXWIN
//memrun:unsupported TCP_MAX_WINSHIFT TCP_MD5SIG TCP_MD5SIG_MAXKEYLEN TCP_MSS TCP_NODELAY
//memrun:unsupported TCP_QUICKACK TCP_SYNCNT TCP_WINDOW_CLAMP TIOCCBRK TIOCCONS TIOCEXCL
//memrun:unsupported TIOCGDEV TIOCGETD TIOCGICOUNT TIOCGLCKTRMIOS TIOCGPGRP TIOCGPTN
//memrun:unsupported TIOCGRS485 TIOCGSERIAL TIOCGSID TIOCGSOFTCAR TIOCGWINSZ TIOCINQ
//memrun:unsupported TIOCLINUX TIOCMBIC TIOCMBIS TIOCMGET TIOCMIWAIT TIOCMSET TIOCM_CAR
//memrun:unsupported TIOCM_CD TIOCM_CTS TIOCM_DSR TIOCM_DTR TIOCM_LE TIOCM_RI TIOCM_RNG
//memrun:unsupported TIOCM_RTS TIOCM_SR TIOCM_ST TIOCNOTTY TIOCNXCL TIOCOUTQ TIOCPKT
//memrun:unsupported TIOCPKT_DATA TIOCPKT_DOSTOP TIOCPKT_FLUSHREAD TIOCPKT_FLUSHWRITE
//memrun:unsupported TIOCPKT_IOCTL TIOCPKT_NOSTOP TIOCPKT_START TIOCPKT_STOP TIOCSBRK
//memrun:unsupported TIOCSCTTY TIOCSERCONFIG TIOCSERGETLSR TIOCSERGETMULTI TIOCSERGSTRUCT
//memrun:unsupported TIOCSERGWILD TIOCSERSETMULTI TIOCSERSWILD TIOCSER_TEMT TIOCSETD TIOCSIG
//memrun:unsupported TIOCSLCKTRMIOS TIOCSPGRP TIOCSPTLCK TIOCSRS485 TIOCSSERIAL TIOCSSOFTCAR
//memrun:unsupported TIOCSTI TIOCSWINSZ TUNATTACHFILTER TUNDETACHFILTER TUNGETFEATURES
//memrun:unsupported TUNGETIFF TUNGETSNDBUF TUNGETVNETHDRSZ TUNSETDEBUG TUNSETGROUP
//memrun:unsupported TUNSETIFF TUNSETLINK TUNSETNOCSUM TUNSETOFFLOAD TUNSETOWNER
//memrun:unsupported TUNSETPERSIST TUNSETSNDBUF TUNSETTXFILTER TUNSETVNETHDRSZ WALL WCLONE
//memrun:unsupported WCONTINUED WEXITED WNOHANG WNOTHREAD WNOWAIT WORDSIZE WSTOPPED
//memrun:unsupported WUNTRACED E2BIG EADDRINUSE EADDRNOTAVAIL EADV EAFNOSUPPORT
//memrun:unsupported EALREADY EBADE EBADFD EBADMSG EBADR EBADRQC EBADSLT EBFONT
//memrun:unsupported EBUSY ECANCELED ECHILD ECHRNG ECOMM ECONNABORTED ECONNREFUSED
//memrun:unsupported ECONNRESET EDEADLK EDEADLOCK EDESTADDRREQ EDOM EDOTDOT EDQUOT
//memrun:unsupported EFAULT EFBIG EHOSTDOWN EHOSTUNREACH EIDRM EILSEQ EINPROGRESS
//memrun:unsupported EIO EISCONN EISNAM EKEYEXPIRED EKEYREJECTED EKEYREVOKED
//memrun:unsupported EL2HLT EL2NSYNC EL3HLT EL3RST ELIBACC ELIBBAD ELIBEXEC ELIBMAX ELIBSCN
//memrun:unsupported ELNRNG ELOOP EMEDIUMTYPE EMFILE EMLINK EMSGSIZE EMULTIHOP ENAMETOOLONG
//memrun:unsupported ENAVAIL ENETDOWN ENETRESET ENETUNREACH ENFILE ENOANO ENOBUFS ENOCSI
//memrun:unsupported ENODATA ENODEV ENOEXEC ENOKEY ENOLCK ENOLINK ENOMEDIUM ENOMEM
//memrun:unsupported ENOMSG ENONET ENOPKG ENOPROTOOPT ENOSPC ENOSR ENOSTR ENOTBLK
//memrun:unsupported ENOTCONN ENOTNAM ENOTRECOVERABLE ENOTSOCK ENOTSUP
//memrun:unsupported ENOTTY ENOTUNIQ ENXIO EOPNOTSUPP EOVERFLOW EOWNERDEAD
//memrun:unsupported EPFNOSUPPORT EPIPE EPROTO EPROTONOSUPPORT EPROTOTYPE ERANGE EREMCHG
//memrun:unsupported EREMOTE EREMOTEIO ERESTART ERFKILL EROFS ESHUTDOWN ESOCKTNOSUPPORT
//memrun:unsupported ESPIPE ESRCH ESRMNT ESTALE ESTRPIPE ETIME ETIMEDOUT ETOOMANYREFS
//memrun:unsupported ETXTBSY EUCLEAN EUNATCH EUSERS EWOULDBLOCK EXFULL
//memrun:unsupported SYS_READ SYS_WRITE
//memrun:unsupported SYS_OPEN SYS_CLOSE SYS_STAT SYS_FSTAT SYS_LSTAT SYS_POLL SYS_LSEEK
//memrun:unsupported SYS_MMAP SYS_MPROTECT SYS_MUNMAP SYS_BRK SYS_RT_SIGACTION
//memrun:unsupported SYS_RT_SIGPROCMASK SYS_RT_SIGRETURN SYS_IOCTL SYS_PREAD64 SYS_PWRITE64
//memrun:unsupported SYS_READV SYS_WRITEV SYS_ACCESS SYS_PIPE SYS_SELECT SYS_SCHED_YIELD
//memrun:unsupported SYS_MREMAP SYS_MSYNC SYS_MINCORE SYS_MADVISE SYS_SHMGET SYS_SHMAT
//memrun:unsupported SYS_SHMCTL SYS_DUP SYS_DUP2 SYS_PAUSE SYS_NANOSLEEP SYS_GETITIMER
//memrun:unsupported SYS_ALARM SYS_SETITIMER SYS_GETPID SYS_SENDFILE SYS_SOCKET SYS_CONNECT
//memrun:unsupported SYS_ACCEPT SYS_SENDTO SYS_RECVFROM SYS_SENDMSG SYS_RECVMSG SYS_SHUTDOWN
//memrun:unsupported SYS_BIND SYS_LISTEN SYS_GETSOCKNAME SYS_GETPEERNAME SYS_SOCKETPAIR
//memrun:unsupported SYS_SETSOCKOPT SYS_GETSOCKOPT SYS_CLONE SYS_FORK SYS_VFORK SYS_EXECVE
//memrun:unsupported SYS_EXIT SYS_WAIT4 SYS_KILL SYS_UNAME SYS_SEMGET SYS_SEMOP SYS_SEMCTL
//memrun:unsupported SYS_SHMDT SYS_MSGGET SYS_MSGSND SYS_MSGRCV SYS_MSGCTL SYS_FCNTL
//memrun:unsupported SYS_FLOCK SYS_FSYNC SYS_FDATASYNC SYS_TRUNCATE SYS_FTRUNCATE
//memrun:unsupported SYS_GETDENTS SYS_GETCWD SYS_CHDIR SYS_FCHDIR SYS_RENAME SYS_MKDIR
//memrun:unsupported SYS_RMDIR SYS_CREAT SYS_LINK SYS_UNLINK SYS_SYMLINK SYS_READLINK
//memrun:unsupported SYS_CHMOD SYS_FCHMOD SYS_CHOWN SYS_FCHOWN SYS_LCHOWN SYS_UMASK
//memrun:unsupported SYS_GETTIMEOFDAY SYS_GETRLIMIT SYS_GETRUSAGE SYS_SYSINFO SYS_TIMES
//memrun:unsupported SYS_PTRACE SYS_GETUID SYS_SYSLOG SYS_GETGID SYS_SETUID SYS_SETGID
//memrun:unsupported SYS_GETEUID SYS_GETEGID SYS_SETPGID SYS_GETPPID SYS_GETPGRP SYS_SETSID
//memrun:unsupported SYS_SETREUID SYS_SETREGID SYS_GETGROUPS SYS_SETGROUPS SYS_SETRESUID
//memrun:unsupported SYS_GETRESUID SYS_SETRESGID SYS_GETRESGID SYS_GETPGID SYS_SETFSUID
//memrun:unsupported SYS_SETFSGID SYS_GETSID SYS_CAPGET SYS_CAPSET SYS_RT_SIGPENDING
//memrun:unsupported SYS_RT_SIGTIMEDWAIT SYS_RT_SIGQUEUEINFO SYS_RT_SIGSUSPEND
//memrun:unsupported SYS_SIGALTSTACK SYS_UTIME SYS_MKNOD SYS_USELIB SYS_PERSONALITY
//memrun:unsupported SYS_USTAT SYS_STATFS SYS_FSTATFS SYS_SYSFS SYS_GETPRIORITY
//memrun:unsupported SYS_SETPRIORITY SYS_SCHED_SETPARAM SYS_SCHED_GETPARAM
//memrun:unsupported SYS_SCHED_SETSCHEDULER SYS_SCHED_GETSCHEDULER
//memrun:unsupported SYS_SCHED_GET_PRIORITY_MAX SYS_SCHED_GET_PRIORITY_MIN
//memrun:unsupported SYS_SCHED_RR_GET_INTERVAL SYS_MLOCK SYS_MUNLOCK SYS_MLOCKALL
//memrun:unsupported SYS_MUNLOCKALL SYS_VHANGUP SYS_MODIFY_LDT SYS_PIVOT_ROOT SYS__SYSCTL
//memrun:unsupported SYS_PRCTL SYS_ARCH_PRCTL SYS_ADJTIMEX SYS_SETRLIMIT SYS_CHROOT SYS_SYNC
//memrun:unsupported SYS_ACCT SYS_SETTIMEOFDAY SYS_MOUNT SYS_UMOUNT2 SYS_SWAPON SYS_SWAPOFF
//memrun:unsupported SYS_REBOOT SYS_SETHOSTNAME SYS_SETDOMAINNAME SYS_IOPL SYS_IOPERM
//memrun:unsupported SYS_CREATE_MODULE SYS_INIT_MODULE SYS_DELETE_MODULE SYS_GET_KERNEL_SYMS
//memrun:unsupported SYS_QUERY_MODULE SYS_QUOTACTL SYS_NFSSERVCTL SYS_GETPMSG SYS_PUTPMSG
//memrun:unsupported SYS_AFS_SYSCALL SYS_TUXCALL SYS_SECURITY SYS_GETTID SYS_READAHEAD
//memrun:unsupported SYS_SETXATTR SYS_LSETXATTR SYS_FSETXATTR SYS_GETXATTR SYS_LGETXATTR
//memrun:unsupported SYS_FGETXATTR SYS_LISTXATTR SYS_LLISTXATTR SYS_FLISTXATTR
//memrun:unsupported SYS_REMOVEXATTR SYS_LREMOVEXATTR SYS_FREMOVEXATTR SYS_TKILL SYS_TIME
//memrun:unsupported SYS_FUTEX SYS_SCHED_SETAFFINITY SYS_SCHED_GETAFFINITY
//memrun:unsupported SYS_SET_THREAD_AREA SYS_IO_SETUP SYS_IO_DESTROY SYS_IO_GETEVENTS
//memrun:unsupported SYS_IO_SUBMIT SYS_IO_CANCEL SYS_GET_THREAD_AREA SYS_LOOKUP_DCOOKIE
//memrun:unsupported SYS_EPOLL_CREATE SYS_EPOLL_CTL_OLD SYS_EPOLL_WAIT_OLD
//memrun:unsupported SYS_REMAP_FILE_PAGES SYS_GETDENTS64 SYS_SET_TID_ADDRESS
//memrun:unsupported SYS_RESTART_SYSCALL SYS_SEMTIMEDOP SYS_FADVISE64 SYS_TIMER_CREATE
//memrun:unsupported SYS_TIMER_SETTIME SYS_TIMER_GETTIME SYS_TIMER_GETOVERRUN
//memrun:unsupported SYS_TIMER_DELETE SYS_CLOCK_SETTIME SYS_CLOCK_GETTIME SYS_CLOCK_GETRES
//memrun:unsupported SYS_CLOCK_NANOSLEEP SYS_EXIT_GROUP SYS_EPOLL_WAIT SYS_EPOLL_CTL
//memrun:unsupported SYS_TGKILL SYS_UTIMES SYS_VSERVER SYS_MBIND SYS_SET_MEMPOLICY
//memrun:unsupported SYS_GET_MEMPOLICY SYS_MQ_OPEN SYS_MQ_UNLINK SYS_MQ_TIMEDSEND
//memrun:unsupported SYS_MQ_TIMEDRECEIVE SYS_MQ_NOTIFY SYS_MQ_GETSETATTR SYS_KEXEC_LOAD
//memrun:unsupported SYS_WAITID SYS_ADD_KEY SYS_REQUEST_KEY SYS_KEYCTL SYS_IOPRIO_SET
//memrun:unsupported SYS_IOPRIO_GET SYS_INOTIFY_INIT SYS_INOTIFY_ADD_WATCH
//memrun:unsupported SYS_INOTIFY_RM_WATCH SYS_MIGRATE_PAGES SYS_OPENAT SYS_MKDIRAT
//memrun:unsupported SYS_MKNODAT SYS_FCHOWNAT SYS_FUTIMESAT SYS_NEWFSTATAT SYS_UNLINKAT
//memrun:unsupported SYS_RENAMEAT SYS_LINKAT SYS_SYMLINKAT SYS_READLINKAT SYS_FCHMODAT
//memrun:unsupported SYS_FACCESSAT SYS_PSELECT6 SYS_PPOLL SYS_UNSHARE SYS_SET_ROBUST_LIST
//memrun:unsupported SYS_GET_ROBUST_LIST SYS_SPLICE SYS_TEE SYS_SYNC_FILE_RANGE SYS_VMSPLICE
//memrun:unsupported SYS_MOVE_PAGES SYS_UTIMENSAT SYS_EPOLL_PWAIT SYS_SIGNALFD
//memrun:unsupported SYS_TIMERFD_CREATE SYS_EVENTFD SYS_FALLOCATE SYS_TIMERFD_SETTIME
//memrun:unsupported SYS_TIMERFD_GETTIME SYS_ACCEPT4 SYS_SIGNALFD4 SYS_EVENTFD2
//memrun:unsupported SYS_EPOLL_CREATE1 SYS_DUP3 SYS_PIPE2 SYS_INOTIFY_INIT1 SYS_PREADV
//memrun:unsupported SYS_PWRITEV SYS_RT_TGSIGQUEUEINFO SYS_PERF_EVENT_OPEN SYS_RECVMMSG
//memrun:unsupported SYS_FANOTIFY_INIT SYS_FANOTIFY_MARK SYS_PRLIMIT64 PathMax
//memrun:unsupported SizeofSockaddrInet4 SizeofSockaddrInet6 SizeofSockaddrAny
//memrun:unsupported SizeofSockaddrUnix SizeofSockaddrLinklayer SizeofSockaddrNetlink
//memrun:unsupported SizeofLinger SizeofIPMreq SizeofIPMreqn SizeofIPv6Mreq SizeofMsghdr
//memrun:unsupported SizeofCmsghdr SizeofInet4Pktinfo SizeofInet6Pktinfo SizeofIPv6MTUInfo
//memrun:unsupported SizeofICMPv6Filter SizeofUcred SizeofTCPInfo IFA_UNSPEC IFA_ADDRESS
//memrun:unsupported IFA_LOCAL IFA_LABEL IFA_BROADCAST IFA_ANYCAST IFA_CACHEINFO
//memrun:unsupported IFA_MULTICAST IFLA_UNSPEC IFLA_ADDRESS IFLA_BROADCAST IFLA_IFNAME
//memrun:unsupported IFLA_MTU IFLA_LINK IFLA_QDISC IFLA_STATS IFLA_COST IFLA_PRIORITY
//memrun:unsupported IFLA_MASTER IFLA_WIRELESS IFLA_PROTINFO IFLA_TXQLEN IFLA_MAP
//memrun:unsupported IFLA_WEIGHT IFLA_OPERSTATE IFLA_LINKMODE IFLA_LINKINFO IFLA_NET_NS_PID
//memrun:unsupported IFLA_IFALIAS IFLA_MAX RT_SCOPE_UNIVERSE RT_SCOPE_SITE RT_SCOPE_LINK
//memrun:unsupported RT_SCOPE_HOST RT_SCOPE_NOWHERE RT_TABLE_UNSPEC RT_TABLE_COMPAT
//memrun:unsupported RT_TABLE_DEFAULT RT_TABLE_MAIN RT_TABLE_LOCAL RT_TABLE_MAX RTA_UNSPEC
//memrun:unsupported RTA_DST RTA_SRC RTA_IIF RTA_OIF RTA_GATEWAY RTA_PRIORITY RTA_PREFSRC
//memrun:unsupported RTA_METRICS RTA_MULTIPATH RTA_FLOW RTA_CACHEINFO RTA_TABLE RTN_UNSPEC
//memrun:unsupported RTN_UNICAST RTN_LOCAL RTN_BROADCAST RTN_ANYCAST RTN_MULTICAST
//memrun:unsupported RTN_BLACKHOLE RTN_UNREACHABLE RTN_PROHIBIT RTN_THROW RTN_NAT
//memrun:unsupported RTN_XRESOLVE RTNLGRP_NONE RTNLGRP_LINK RTNLGRP_NOTIFY RTNLGRP_NEIGH
//memrun:unsupported RTNLGRP_TC RTNLGRP_IPV4_IFADDR RTNLGRP_IPV4_MROUTE RTNLGRP_IPV4_ROUTE
//memrun:unsupported RTNLGRP_IPV4_RULE RTNLGRP_IPV6_IFADDR RTNLGRP_IPV6_MROUTE
//memrun:unsupported RTNLGRP_IPV6_ROUTE RTNLGRP_IPV6_IFINFO RTNLGRP_IPV6_PREFIX
//memrun:unsupported RTNLGRP_IPV6_RULE RTNLGRP_ND_USEROPT SizeofNlMsghdr SizeofNlMsgerr
//memrun:unsupported SizeofRtGenmsg SizeofNlAttr SizeofRtAttr SizeofIfInfomsg
//memrun:unsupported SizeofIfAddrmsg SizeofRtMsg SizeofRtNexthop SizeofSockFilter
//memrun:unsupported SizeofSockFprog VINTR VQUIT VERASE VKILL VEOF VTIME VMIN VSWTC VSTART
//memrun:unsupported VSTOP VSUSP VEOL VREPRINT VDISCARD VWERASE VLNEXT VEOL2 IGNBRK BRKINT
//memrun:unsupported IGNPAR PARMRK INPCK ISTRIP INLCR IGNCR ICRNL IUCLC IXON IXANY IXOFF
//memrun:unsupported IMAXBEL IUTF8 OPOST OLCUC ONLCR OCRNL ONOCR ONLRET OFILL OFDEL B0 B50
//memrun:unsupported B75 B110 B134 B150 B200 B300 B600 B1200 B1800 B2400 B4800 B9600 B19200
//memrun:unsupported B38400 CSIZE CS5 CS6 CS7 CS8 CSTOPB CREAD PARENB PARODD HUPCL CLOCAL
//memrun:unsupported B57600 B115200 B230400 B460800 B500000 B576000 B921600 B1000000
//memrun:unsupported B1152000 B1500000 B2000000 B2500000 B3000000 B3500000 B4000000 ISIG
//memrun:unsupported ICANON XCASE ECHO ECHOE ECHOK ECHONL NOFLSH TOSTOP ECHOCTL ECHOPRT
//memrun:unsupported ECHOKE FLUSHO PENDIN IEXTEN TCGETS TCSETS ImplementsGetwd
//memrun:unsupported SizeofInotifyEvent Stdin Stdout Stderr ForkLock SocketDisableIPv6
//memrun:unsupported Cmsghdr Conn Dirent EpollEvent FdSet Flock_t Fsid
//memrun:unsupported ICMPv6Filter IPMreq IPMreqn IPv6MTUInfo IPv6Mreq IfAddrmsg IfInfomsg
//memrun:unsupported Inet4Pktinfo Inet6Pktinfo InotifyEvent Iovec Linger Msghdr
//memrun:unsupported NetlinkMessage NetlinkRouteAttr NetlinkRouteRequest NlAttr NlMsgerr
//memrun:unsupported NlMsghdr ProcAttr PtraceRegs RawConn RawSockaddr RawSockaddrAny
//memrun:unsupported RawSockaddrInet4 RawSockaddrInet6 RawSockaddrLinklayer
//memrun:unsupported RawSockaddrNetlink RawSockaddrUnix Rlimit RtAttr RtGenmsg RtMsg
//memrun:unsupported RtNexthop SockFilter SockFprog Sockaddr SockaddrInet4
//memrun:unsupported SockaddrInet6 SockaddrLinklayer SockaddrNetlink SockaddrUnix
//memrun:unsupported SocketControlMessage Statfs_t Sysinfo_t
//memrun:unsupported TCPInfo Termios Time_t Timex Tms Ucred Ustat_t Utimbuf
//memrun:unsupported Utsname
