// Package exec of memrun's runtime library (os/exec): running external commands.
//
// As in gc, a *os.File is handed to the child directly, and any other io.Reader or io.Writer
// is connected through a pipe that a goroutine copies from Start on; those goroutines, and the
// Process.Wait in Wait, let the program's other goroutines run while they wait (os.File reads
// and writes and Process.Wait cooperate with the scheduler).
package exec

import (
	"bytes"
	"context"
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

	ctx        context.Context // CommandContext's, else nil
	childFiles []*os.File
	closeAfter []*os.File // the child's ends, closed once Start is done with them
	// parentIOPipes are the program's ends of the pipes, closed by Wait (or by Start when
	// it fails, or when WaitDelay runs out).
	parentIOPipes []io.Closer
	copiers       []func() error // the copying Start runs in goroutines
	// copyErr receives the first copying error (or nil) once every copier has finished;
	// nil once that was received, or when there is nothing to copy.
	copyErr chan error
	// ctxResult receives watchCtx's result exactly once; nil without a watched context.
	ctxResult chan ctxResult
}

// A ctxResult is what watchCtx reports to Wait: an error the context caused, and the
// WaitDelay timer started when it was done, if any.
type ctxResult struct {
	err   error
	timer *time.Timer
}

// wrappedError is an error with a prefix, as Cancel's and Kill's failures are reported.
type wrappedError struct {
	prefix string
	err    error
}

func (w wrappedError) Error() string { return w.prefix + ": " + w.err.Error() }

func (w wrappedError) Unwrap() error { return w.err }

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

// closeEach closes each of cs, ignoring errors.
func closeEach(cs []io.Closer) {
	for _, c := range cs {
		c.Close()
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
	c.parentIOPipes = append(c.parentIOPipes, pw)
	c.copiers = append(c.copiers, func() error {
		_, err := io.Copy(pw, c.Stdin)
		if isStdinEPIPE(err) {
			err = nil // the child stopped reading: not an error, as in gc
		}
		if cerr := pw.Close(); err == nil {
			err = cerr
		}
		return err
	})
	return pr, nil
}

// isStdinEPIPE reports whether err is the write to the child's standard input failing
// because the child closed it.
func isStdinEPIPE(err error) bool {
	pe, ok := err.(*fs.PathError)
	return ok && pe.Op == "write" && pe.Path == "|1" && pe.Err == syscall.Errno(32) // EPIPE
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
	c.parentIOPipes = append(c.parentIOPipes, pr)
	c.copiers = append(c.copiers, func() error {
		_, err := io.Copy(w, pr)
		pr.Close() // also when w failed, so that the child gets EPIPE instead of blocking
		return err
	})
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
		closeEach(c.parentIOPipes)
		c.closeAfter, c.parentIOPipes = nil, nil
		if c.Err != nil {
			return c.Err
		}
		return errors.New("exec: already started")
	}
	started := false
	defer func() {
		// The child's ends of the pipes are its own now (or useless).
		c.closeAll(c.closeAfter)
		c.closeAfter = nil
		if !started {
			closeEach(c.parentIOPipes)
			c.parentIOPipes = nil
			c.copiers = nil
		}
	}()
	if c.Cancel != nil && c.ctx == nil {
		return errors.New("exec: command with a non-nil Cancel was not created with CommandContext")
	}
	if c.ctx != nil {
		select {
		case <-c.ctx.Done():
			return c.ctx.Err()
		default:
		}
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
		return err
	}
	env, err := c.environ()
	if err != nil {
		return err
	}
	c.Process, err = os.StartProcess(lp, c.Args, &os.ProcAttr{
		Dir:   c.Dir,
		Files: c.childFiles,
		Env:   env,
		Sys:   c.SysProcAttr,
	})
	if err != nil {
		return err
	}
	started = true
	if n := len(c.copiers); n > 0 {
		c.copyErr = make(chan error, 1)
		results := make(chan error, n)
		for _, copier := range c.copiers {
			go func() { results <- copier() }()
		}
		go func() {
			var first error
			for i := 0; i < n; i++ {
				if err := <-results; err != nil && first == nil {
					first = err
				}
			}
			c.copyErr <- first
		}()
		c.copiers = nil
	}
	// Watch the context, unless a library set Cancel back to nil to let the command outlive it.
	if (c.Cancel != nil || c.WaitDelay != 0) && c.ctx != nil && c.ctx.Done() != nil {
		c.ctxResult = make(chan ctxResult)
		go c.watchCtx()
	}
	return nil
}

// watchCtx waits until either Wait asks for its result or the context is done; then it
// calls Cancel, and once WaitDelay more has passed without Wait asking, kills the process and
// closes the program's ends of the pipes.
func (c *Cmd) watchCtx() {
	select {
	case c.ctxResult <- ctxResult{}:
		return
	case <-c.ctx.Done():
	}
	var err error
	if c.Cancel != nil {
		if cerr := c.Cancel(); cerr == nil {
			// From here on, whatever the command does may be the cancellation's doing.
			err = c.ctx.Err()
		} else if !errors.Is(cerr, os.ErrProcessDone) {
			err = wrappedError{prefix: "exec: canceling Cmd", err: cerr}
		}
	}
	if c.WaitDelay == 0 {
		c.ctxResult <- ctxResult{err: err}
		return
	}
	timer := time.NewTimer(c.WaitDelay)
	select {
	case c.ctxResult <- ctxResult{err: err, timer: timer}:
		return // Wait takes the timer over
	case <-timer.C:
	}
	killed := false
	if kerr := c.Process.Kill(); kerr == nil {
		killed = true
	} else if !errors.Is(kerr, os.ErrProcessDone) {
		err = wrappedError{prefix: "exec: killing Cmd", err: kerr}
	}
	if c.copyErr != nil {
		select {
		case cerr := <-c.copyErr:
			if err == nil && !killed {
				err = cerr
			}
		default:
			// Something (a grandchild?) still holds the pipes: close them; the copiers'
			// errors are then the closing's doing.
			closeEach(c.parentIOPipes)
			<-c.copyErr
			if err == nil {
				err = ErrWaitDelay
			}
		}
		c.copyErr = nil
	}
	c.ctxResult <- ctxResult{err: err}
}

// Wait waits for the command to exit and for its input and output copying to complete;
// an unsuccessful exit is an *ExitError.
func (c *Cmd) Wait() error {
	if c.Process == nil {
		return errors.New("exec: not started")
	}
	if c.ProcessState != nil {
		return errors.New("exec: Wait was already called")
	}
	state, err := c.Process.Wait()
	if err == nil && !state.Success() {
		err = &ExitError{ProcessState: state}
	}
	c.ProcessState = state
	var timer *time.Timer
	if c.ctxResult != nil {
		watch := <-c.ctxResult
		timer = watch.timer
		if err == nil && watch.err != nil {
			err = watch.err // the process's own failure comes first
		}
	}
	if copyErr := c.awaitCopiers(timer); err == nil {
		// A copying error counts only when the command otherwise succeeded.
		err = copyErr
	}
	closeEach(c.parentIOPipes)
	c.parentIOPipes = nil
	return err
}

// awaitCopiers waits for the copying goroutines; once WaitDelay has passed (timer, if not
// nil, fires then) it closes the pipes under them and returns ErrWaitDelay.
func (c *Cmd) awaitCopiers(timer *time.Timer) error {
	defer func() {
		if timer != nil {
			timer.Stop()
		}
		c.copyErr = nil
	}()
	if c.copyErr == nil {
		return nil
	}
	if timer == nil {
		if c.WaitDelay == 0 {
			return <-c.copyErr
		}
		select {
		case err := <-c.copyErr:
			return err
		default:
		}
		timer = time.NewTimer(c.WaitDelay)
	}
	select {
	case <-timer.C:
		closeEach(c.parentIOPipes)
		<-c.copyErr
		return ErrWaitDelay
	case err := <-c.copyErr:
		return err
	}
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
	c.parentIOPipes = append(c.parentIOPipes, pw)
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
	c.parentIOPipes = append(c.parentIOPipes, pr)
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
	c.parentIOPipes = append(c.parentIOPipes, pr)
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

// CommandContext is like Command, but the context's end interrupts the command: Cancel
// (by default, killing the process) is called if it is done before the command completes.
func CommandContext(ctx context.Context, name string, arg ...string) *Cmd {
	if ctx == nil {
		panic("nil Context")
	}
	cmd := Command(name, arg...)
	cmd.ctx = ctx
	cmd.Cancel = func() error {
		return cmd.Process.Kill()
	}
	return cmd
}
