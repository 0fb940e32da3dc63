// Package exec of memrun's runtime library (os/exec): running external commands.
//
// memrun's programs have one thread and no goroutines yet, so the copying that gc's Cmd does
// in goroutines (an io.Reader into the child's stdin, its stdout and stderr into io.Writers)
// happens inside Wait, in a poll(2) loop over the pipes; a *os.File is handed to the child
// directly, as gc does. Until Wait, a child whose output pipe is full waits.
package exec

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Error is returned by LookPath when it fails to classify a file as an executable.
type Error struct {
	Name string
	Err  error
}

func (e *Error) Error() string {
	return "exec: " + strconv.Quote(e.Name) + ": " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// ErrNotFound is the error resulting if a path search failed to find an executable file.
var ErrNotFound error = errors.New("executable file not found in $PATH")

// ErrDot indicates that a path lookup resolved to an executable in the current directory
// due to '.' being in the path.
var ErrDot error = errors.New("cannot run executable found relative to current directory")

// ErrWaitDelay is returned by Wait if the process exits successfully but its output pipes
// are not closed before the WaitDelay expires.
var ErrWaitDelay error = errors.New("exec: WaitDelay expired before I/O complete")

// An ExitError reports an unsuccessful exit by a command.
type ExitError struct {
	*os.ProcessState
	// Stderr holds a subset of the standard error output from Cmd.Output when Cmd.Stderr
	// was not otherwise collected.
	Stderr []byte
}

func (e *ExitError) Error() string { return e.ProcessState.String() }

// findExecutable reports whether file is an executable regular file.
func findExecutable(file string) error {
	d, err := os.Stat(file)
	if err != nil {
		return err
	}
	m := d.Mode()
	if m.IsDir() {
		return syscall.EISDIR
	}
	if m&0111 != 0 {
		return nil
	}
	return fs.ErrPermission
}

// LookPath searches for an executable named file in the directories named by the PATH
// environment variable; a name with a slash is tried directly.
func LookPath(file string) (string, error) {
	if strings.Contains(file, "/") {
		err := findExecutable(file)
		if err == nil {
			return file, nil
		}
		return "", &Error{file, err}
	}
	path := os.Getenv("PATH")
	for _, dir := range filepath.SplitList(path) {
		if dir == "" {
			dir = "."
		}
		p := filepath.Join(dir, file)
		if err := findExecutable(p); err == nil {
			if !filepath.IsAbs(p) {
				if os.Getenv("GODEBUG") != "execerrdot=0" {
					return p, &Error{file, ErrDot}
				}
			}
			return p, nil
		}
	}
	return "", &Error{file, ErrNotFound}
}

// Cmd represents an external command being prepared or run.
type Cmd struct {
	Path         string
	Args         []string
	Env          []string
	Dir          string
	Stdin        io.Reader
	Stdout       io.Writer
	Stderr       io.Writer
	ExtraFiles   []*os.File
	SysProcAttr  *syscall.SysProcAttr
	Process      *os.Process
	ProcessState *os.ProcessState
	Err          error
	Cancel       func() error
	WaitDelay    time.Duration

	started    bool
	waited     bool
	childFiles []*os.File
	closeAfter []*os.File // closed once the child is started (its ends) or waited for
	copies     []*copyJob
}

// A copyJob moves bytes between a pipe and a program's io.Reader or io.Writer.
type copyJob struct {
	fd     int
	file   *os.File
	reader io.Reader // into the child: from reader to fd
	writer io.Writer // from the child: from fd to writer
	buf    []byte
	done   bool
	err    error
}

// Command returns the Cmd struct to execute the named program with the given arguments,
// looked up in PATH when name has no separator.
func Command(name string, arg ...string) *Cmd {
	cmd := &Cmd{
		Path: name,
		Args: append([]string{name}, arg...),
	}
	if filepath.Base(name) == name {
		lp, err := LookPath(name)
		if lp != "" {
			cmd.Path = lp
		}
		if err != nil {
			cmd.Err = err
		}
	}
	return cmd
}

// String returns a human-readable description of c: its path and arguments.
func (c *Cmd) String() string {
	if c.Err != nil {
		// The path was not resolved: the command as requested.
		return strings.Join(c.Args, " ")
	}
	b := new(strings.Builder)
	b.WriteString(c.Path)
	for _, a := range c.Args[1:] {
		b.WriteByte(' ')
		b.WriteString(a)
	}
	return b.String()
}

// interfaceEqual reports whether a == b, false where comparing them would panic.
func interfaceEqual(a, b any) (eq bool) {
	defer func() {
		if recover() != nil {
			eq = false
		}
	}()
	return a == b
}

func (c *Cmd) closeAll(fs []*os.File) {
	for _, f := range fs {
		f.Close()
	}
}

// childStdin is the file the child reads its standard input from.
func (c *Cmd) childStdin() (*os.File, error) {
	if c.Stdin == nil {
		f, err := os.Open(os.DevNull)
		if err != nil {
			return nil, err
		}
		c.closeAfter = append(c.closeAfter, f)
		return f, nil
	}
	if f, ok := c.Stdin.(*os.File); ok {
		return f, nil
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.closeAfter = append(c.closeAfter, pr)
	c.copies = append(c.copies, &copyJob{fd: int(pw.Fd()), file: pw, reader: c.Stdin})
	return pr, nil
}

// childOutput is the file the child writes w's output to.
func (c *Cmd) childOutput(w io.Writer) (*os.File, error) {
	if w == nil {
		f, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
		if err != nil {
			return nil, err
		}
		c.closeAfter = append(c.closeAfter, f)
		return f, nil
	}
	if f, ok := w.(*os.File); ok {
		return f, nil
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.closeAfter = append(c.closeAfter, pw)
	c.copies = append(c.copies, &copyJob{fd: int(pr.Fd()), file: pr, writer: w})
	return pw, nil
}

// environ is the child's environment: Env, else the program's with PWD set to Dir; later
// duplicates win.
func (c *Cmd) environ() ([]string, error) {
	env := c.Env
	var err error
	if env == nil {
		env = os.Environ()
		if c.Dir != "" {
			if pwd, absErr := filepath.Abs(c.Dir); absErr == nil {
				env = append(env, "PWD="+pwd)
			} else {
				err = absErr
			}
		}
	}
	out := make([]string, 0, len(env))
	seen := map[string]bool{}
	for n := len(env); n > 0; n-- {
		kv := env[n-1]
		if strings.IndexByte(kv, 0) >= 0 {
			if err == nil {
				err = errors.New("exec: environment variable contains NUL")
			}
			continue
		}
		i := strings.Index(kv, "=")
		if i == 0 {
			i = strings.Index(kv[1:], "=") + 1
		}
		if i < 0 {
			if kv != "" {
				out = append(out, kv)
			}
			continue
		}
		k := kv[:i]
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, kv)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out, err
}

// Start starts the specified command but does not wait for it to complete.
func (c *Cmd) Start() error {
	if c.Path == "" && c.Err == nil && c.Process == nil {
		c.Err = errors.New("exec: no command")
	}
	if c.Err != nil || c.Process != nil {
		c.closeAll(c.closeAfter)
		if c.Err != nil {
			return c.Err
		}
		return errors.New("exec: already started")
	}
	if c.Cancel != nil {
		return errors.New("exec: command with a non-nil Cancel was not created with CommandContext")
	}
	if c.WaitDelay != 0 {
		return errors.New("memrun: exec.Cmd.WaitDelay is not supported yet")
	}
	lp := c.Path
	stdin, err := c.childStdin()
	if err == nil {
		var stdout, stderr *os.File
		stdout, err = c.childOutput(c.Stdout)
		if err == nil {
			if c.Stderr != nil && interfaceEqual(c.Stderr, c.Stdout) {
				stderr = stdout
			} else {
				stderr, err = c.childOutput(c.Stderr)
			}
		}
		if err == nil {
			c.childFiles = append([]*os.File{stdin, stdout, stderr}, c.ExtraFiles...)
		}
	}
	if err != nil {
		c.closeAll(c.closeAfter)
		c.closeCopies()
		return err
	}
	env, err := c.environ()
	if err != nil {
		c.closeAll(c.closeAfter)
		c.closeCopies()
		return err
	}
	c.Process, err = os.StartProcess(lp, c.Args, &os.ProcAttr{
		Dir:   c.Dir,
		Files: c.childFiles,
		Env:   env,
		Sys:   c.SysProcAttr,
	})
	// The child's ends of the pipes belong to it now.
	c.closeAll(c.closeAfter)
	c.closeAfter = nil
	if err != nil {
		c.closeCopies()
		return err
	}
	c.started = true
	return nil
}

func (c *Cmd) closeCopies() {
	for _, j := range c.copies {
		if !j.done {
			j.file.Close()
			j.done = true
		}
	}
}

// pump moves the copy jobs' bytes until every pipe is done, with poll(2).
func (c *Cmd) pump() error {
	var first error
	for {
		var live []*copyJob
		for _, j := range c.copies {
			if !j.done {
				live = append(live, j)
			}
		}
		if len(live) == 0 {
			return first
		}
		// The stdin job fills its buffer from the program's reader before waiting to write.
		for _, j := range live {
			if j.reader != nil && len(j.buf) == 0 {
				b := make([]byte, 32*1024)
				n, err := j.reader.Read(b)
				j.buf = b[:n]
				if n == 0 && err != nil {
					if err != io.EOF && first == nil {
						first = err
					}
					j.file.Close()
					j.done = true
				}
			}
		}
		pfd := make([]byte, 8*len(live))
		p := sliceaddr(pfd)
		for i, j := range live {
			store32(p+uintptr(8*i), j.fd)
			ev := 1 // POLLIN
			if j.reader != nil {
				ev = 4 // POLLOUT
			}
			store32(p+uintptr(8*i+4), ev)
		}
		r := pollWait(p, len(live), "IO wait")
		if r == -4 {
			continue
		}
		if r < 0 {
			c.closeCopies()
			return os.NewSyscallError("poll", syscall.Errno(-r))
		}
		for i, j := range live {
			if j.done || load32(p+uintptr(8*i+4))>>16 == 0 {
				continue
			}
			if j.reader != nil {
				n, werr := writeNoSigpipe(j.fd, j.buf)
				if werr != 0 {
					// The child stopped reading (EPIPE): its input is not an error, as in gc.
					if werr != 32 && first == nil {
						first = &fs.PathError{Op: "write", Path: "|1", Err: syscall.Errno(werr)}
					}
					j.file.Close()
					j.done = true
					continue
				}
				j.buf = j.buf[n:]
				continue
			}
			b := make([]byte, 32*1024)
			n, err := j.file.Read(b)
			if n > 0 {
				if _, werr := j.writer.Write(b[:n]); werr != nil && first == nil {
					first = werr
				}
			}
			if err != nil {
				j.file.Close()
				j.done = true
			}
		}
	}
}

// writeNoSigpipe writes to fd with SIGPIPE blocked, consuming a SIGPIPE the write raised,
// so that a child that closed its input does not kill the program; the errno on failure.
func writeNoSigpipe(fd int, b []byte) (int, int) {
	set := make([]byte, 8)
	old := make([]byte, 8)
	store64(sliceaddr(set), 1<<12) // SIGPIPE
	syscall6(14, 0, int(sliceaddr(set)), int(sliceaddr(old)), 8, 0, 0) // SIG_BLOCK
	var r int
	for {
		r = syscall6(1, fd, int(sliceaddr(b)), len(b), 0, 0, 0)
		if r != -4 {
			break
		}
	}
	if r == -32 {
		ts := make([]byte, 16)
		syscall6(128, int(sliceaddr(set)), 0, int(sliceaddr(ts)), 8, 0, 0) // rt_sigtimedwait
	}
	syscall6(14, 2, int(sliceaddr(old)), 0, 8, 0, 0) // SIG_SETMASK
	if r < 0 {
		return 0, -r
	}
	return r, 0
}

// Wait waits for the command to exit and for its input and output copying to complete;
// an unsuccessful exit is an *ExitError.
func (c *Cmd) Wait() error {
	if c.Process == nil {
		return errors.New("exec: not started")
	}
	if c.ProcessState != nil || c.waited {
		return errors.New("exec: Wait was already called")
	}
	c.waited = true
	copyErr := c.pump()
	state, err := c.Process.Wait()
	if err == nil && !state.Success() {
		err = &ExitError{ProcessState: state}
	}
	c.ProcessState = state
	if err != nil {
		return err
	}
	return copyErr
}

// Run starts the specified command and waits for it to complete.
func (c *Cmd) Run() error {
	if err := c.Start(); err != nil {
		return err
	}
	return c.Wait()
}

// Output runs the command and returns its standard output; an *ExitError holds some of its
// standard error if c.Stderr was nil.
func (c *Cmd) Output() ([]byte, error) {
	if c.Stdout != nil {
		return nil, errors.New("exec: Stdout already set")
	}
	var stdout bytes.Buffer
	c.Stdout = &stdout
	captureErr := c.Stderr == nil
	var saver *prefixSuffixSaver
	if captureErr {
		saver = &prefixSuffixSaver{N: 32 << 10}
		c.Stderr = saver
	}
	err := c.Run()
	if err != nil && captureErr {
		if ee, ok := err.(*ExitError); ok {
			ee.Stderr = saver.Bytes()
		}
	}
	return stdout.Bytes(), err
}

// CombinedOutput runs the command and returns its combined standard output and standard
// error.
func (c *Cmd) CombinedOutput() ([]byte, error) {
	if c.Stdout != nil {
		return nil, errors.New("exec: Stdout already set")
	}
	if c.Stderr != nil {
		return nil, errors.New("exec: Stderr already set")
	}
	var b bytes.Buffer
	c.Stdout = &b
	c.Stderr = &b
	err := c.Run()
	return b.Bytes(), err
}

// StdinPipe returns a pipe that will be connected to the command's standard input when the
// command starts; Wait closes it.
func (c *Cmd) StdinPipe() (io.WriteCloser, error) {
	if c.Stdin != nil {
		return nil, errors.New("exec: Stdin already set")
	}
	if c.Process != nil {
		return nil, errors.New("exec: StdinPipe after process started")
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.Stdin = pr
	c.closeAfter = append(c.closeAfter, pr)
	return pw, nil
}

// StdoutPipe returns a pipe that will be connected to the command's standard output when
// the command starts; read it to the end before Wait.
func (c *Cmd) StdoutPipe() (io.ReadCloser, error) {
	if c.Stdout != nil {
		return nil, errors.New("exec: Stdout already set")
	}
	if c.Process != nil {
		return nil, errors.New("exec: StdoutPipe after process started")
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.Stdout = pw
	c.closeAfter = append(c.closeAfter, pw)
	return pr, nil
}

// StderrPipe returns a pipe that will be connected to the command's standard error when
// the command starts; read it to the end before Wait.
func (c *Cmd) StderrPipe() (io.ReadCloser, error) {
	if c.Stderr != nil {
		return nil, errors.New("exec: Stderr already set")
	}
	if c.Process != nil {
		return nil, errors.New("exec: StderrPipe after process started")
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.Stderr = pw
	c.closeAfter = append(c.closeAfter, pw)
	return pr, nil
}

// Environ returns a copy of the environment in which the command would be run.
func (c *Cmd) Environ() []string {
	env, _ := c.environ()
	return env
}

// prefixSuffixSaver keeps the first and last N bytes written to it, as gc's Output keeps
// a command's standard error.
type prefixSuffixSaver struct {
	N         int
	prefix    []byte
	suffix    []byte
	suffixOff int
	skipped   int64
}

func (w *prefixSuffixSaver) Write(p []byte) (n int, err error) {
	lenp := len(p)
	p = w.fill(&w.prefix, p)
	if overage := len(p) - w.N; overage > 0 {
		p = p[overage:]
		w.skipped += int64(overage)
	}
	p = w.fill(&w.suffix, p)
	for len(p) > 0 {
		n := copy(w.suffix[w.suffixOff:], p)
		p = p[n:]
		w.skipped += int64(n)
		w.suffixOff += n
		if w.suffixOff == w.N {
			w.suffixOff = 0
		}
	}
	return lenp, nil
}

func (w *prefixSuffixSaver) fill(dst *[]byte, p []byte) []byte {
	if remain := w.N - len(*dst); remain > 0 {
		add := remain
		if len(p) < add {
			add = len(p)
		}
		*dst = append(*dst, p[:add]...)
		p = p[add:]
	}
	return p
}

func (w *prefixSuffixSaver) Bytes() []byte {
	if w.suffix == nil {
		return w.prefix
	}
	if w.skipped == 0 {
		return append(w.prefix, w.suffix...)
	}
	var buf bytes.Buffer
	buf.Grow(len(w.prefix) + len(w.suffix) + 50)
	buf.Write(w.prefix)
	buf.WriteString("\n... omitting ")
	buf.WriteString(strconv.FormatInt(w.skipped, 10))
	buf.WriteString(" bytes ...\n")
	buf.Write(w.suffix[w.suffixOff:])
	buf.Write(w.suffix[:w.suffixOff])
	return buf.Bytes()
}

// Go 1.27's API that memrun does not compile yet.

func CommandContext(ctx context.Context, name string, arg ...string) *Cmd
