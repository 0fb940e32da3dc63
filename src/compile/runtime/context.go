// Package context carries deadlines, cancellation signals and request-scoped values across
// API boundaries and between goroutines. memrun's goroutines run one at a time, so the
// contexts here need no locks; deadlines are time.AfterFunc timers on the scheduler's heap.
package context

import (
	"errors"
	"time"
)

// A Context carries a deadline, a cancellation signal, and other values across API
// boundaries.
type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
}

// Canceled is the error returned by Context.Err when the context is canceled.
var Canceled error = errors.New("context canceled")

// DeadlineExceeded is the error returned by Context.Err when the context's deadline passes.
var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

// A CancelFunc tells an operation to abandon its work.
type CancelFunc func()

// A CancelCauseFunc behaves like a CancelFunc but additionally sets the cancellation cause.
type CancelCauseFunc func(cause error)

type emptyCtx struct{}

func (emptyCtx) Deadline() (deadline time.Time, ok bool) { return time.Time{}, false }
func (emptyCtx) Done() <-chan struct{}                   { return nil }
func (emptyCtx) Err() error                              { return nil }
func (emptyCtx) Value(key any) any                       { return nil }

type backgroundCtx struct{ emptyCtx }

func (backgroundCtx) String() string { return "context.Background" }

type todoCtx struct{ emptyCtx }

func (todoCtx) String() string { return "context.TODO" }

// Background returns a non-nil, empty Context: never canceled, no values, no deadline.
func Background() Context {
	return backgroundCtx{}
}

// TODO returns a non-nil, empty Context, for when it is unclear which Context to use.
func TODO() Context {
	return todoCtx{}
}

// cancelCtxKey is the key under which a cancelCtx returns itself (to find the nearest
// cancelable ancestor).
var cancelCtxKey int

type cancelCtx struct {
	parent   Context
	done     chan struct{}
	err      error
	cause    error
	children []*cancelCtx
	// A deadline of its own (WithDeadline, WithTimeout), and its timer.
	deadline    time.Time
	hasDeadline bool
	timer       *time.Timer
	name        string
}

func (c *cancelCtx) Deadline() (time.Time, bool) {
	if c.hasDeadline {
		return c.deadline, true
	}
	return c.parent.Deadline()
}

func (c *cancelCtx) Done() <-chan struct{} { return c.done }
func (c *cancelCtx) Err() error            { return c.err }

func (c *cancelCtx) Value(key any) any {
	if key == &cancelCtxKey {
		return c
	}
	return c.parent.Value(key)
}

func (c *cancelCtx) String() string {
	if c.hasDeadline {
		return contextName(c.parent) + ".WithDeadline(" + c.deadline.String() + " [" +
			time.Until(c.deadline).String() + "])"
	}
	return contextName(c.parent) + "." + c.name
}

func contextName(c Context) string {
	if s, ok := c.(interface{ String() string }); ok {
		return s.String()
	}
	return "context"
}

// cancel closes c's channel, cancels its children and, if asked, leaves its parent.
func (c *cancelCtx) cancel(removeFromParent bool, err, cause error) {
	if c.err != nil {
		return
	}
	if cause == nil {
		cause = err
	}
	c.err = err
	c.cause = cause
	close(c.done)
	children := c.children
	c.children = nil
	for _, child := range children {
		child.cancel(false, err, cause)
	}
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
	if removeFromParent {
		if p, ok := c.parent.Value(&cancelCtxKey).(*cancelCtx); ok {
			for i, x := range p.children {
				if x == c {
					p.children = append(p.children[:i], p.children[i+1:]...)
					break
				}
			}
		}
	}
}

// newCancelCtx makes a context that is canceled when its parent is.
func newCancelCtx(parent Context, name string) *cancelCtx {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	c := &cancelCtx{parent: parent, done: make(chan struct{}), name: name}
	done := parent.Done()
	if done == nil {
		return c // the parent is never canceled
	}
	if err := parent.Err(); err != nil {
		c.cancel(false, err, Cause(parent))
		return c
	}
	if p, ok := parent.Value(&cancelCtxKey).(*cancelCtx); ok && p.done == done {
		p.children = append(p.children, c)
		return c
	}
	// A parent of another implementation: watch it from a goroutine.
	go func() {
		select {
		case <-done:
			c.cancel(false, parent.Err(), Cause(parent))
		case <-c.done:
		}
	}()
	return c
}

// WithCancel returns a copy of parent with a new Done channel, closed when cancel is called
// or when the parent's Done channel is closed.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	c := newCancelCtx(parent, "WithCancel")
	return c, func() { c.cancel(true, Canceled, nil) }
}

// WithCancelCause is like WithCancel but returns a CancelCauseFunc, which records the cause.
func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc) {
	c := newCancelCtx(parent, "WithCancel")
	return c, func(cause error) { c.cancel(true, Canceled, cause) }
}

// Cause returns why c was canceled (its cause, or Err), or nil if it has not been.
func Cause(c Context) error {
	if cc, ok := c.Value(&cancelCtxKey).(*cancelCtx); ok {
		return cc.cause
	}
	return c.Err()
}

// WithDeadline returns a copy of parent whose deadline is no later than d.
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	return WithDeadlineCause(parent, d, nil)
}

// WithDeadlineCause is like WithDeadline but also sets the cause when the deadline passes.
func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if cur, ok := parent.Deadline(); ok && cur.Before(d) {
		// The current deadline is already sooner than the new one.
		return WithCancel(parent)
	}
	c := newCancelCtx(parent, "WithDeadline")
	c.deadline = d
	c.hasDeadline = true
	dur := time.Until(d)
	if dur <= 0 {
		c.cancel(true, DeadlineExceeded, cause)
		return c, func() { c.cancel(false, Canceled, nil) }
	}
	if c.err == nil {
		c.timer = time.AfterFunc(dur, func() { c.cancel(true, DeadlineExceeded, cause) })
	}
	return c, func() { c.cancel(true, Canceled, nil) }
}

// WithTimeout returns WithDeadline(parent, time.Now().Add(timeout)).
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadline(parent, time.Now().Add(timeout))
}

// WithTimeoutCause is like WithTimeout but also sets the cause when the timeout expires.
func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc) {
	return WithDeadlineCause(parent, time.Now().Add(timeout), cause)
}

type valueCtx struct {
	Context
	key, val any
}

func (c *valueCtx) Value(key any) any {
	if c.key == key {
		return c.val
	}
	return c.Context.Value(key)
}

func (c *valueCtx) String() string {
	return contextName(c.Context) + ".WithValue(" + stringify(c.key) + ", " + stringify(c.val) + ")"
}

func stringify(v any) string {
	switch s := v.(type) {
	case interface{ String() string }:
		return s.String()
	case string:
		return s
	case nil:
		return "<nil>"
	}
	d, _ := efacewords(v)
	return dName(d) // reflect's name of the type, as gc prints a key that is no Stringer
}

// WithValue returns a copy of parent in which the value associated with key is val.
func WithValue(parent Context, key, val any) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if key == nil {
		panic("nil key")
	}
	return &valueCtx{parent, key, val}
}

type withoutCancelCtx struct {
	c Context
}

func (withoutCancelCtx) Deadline() (deadline time.Time, ok bool) { return time.Time{}, false }
func (withoutCancelCtx) Done() <-chan struct{}                   { return nil }
func (withoutCancelCtx) Err() error                              { return nil }
func (c withoutCancelCtx) Value(key any) any {
	if key == &cancelCtxKey {
		return nil
	}
	return c.c.Value(key)
}
func (c withoutCancelCtx) String() string { return contextName(c.c) + ".WithoutCancel" }

// WithoutCancel returns a copy of parent that is not canceled when parent is.
func WithoutCancel(parent Context) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	return withoutCancelCtx{parent}
}

// AfterFunc arranges to call f in its own goroutine after ctx is canceled; stop prevents
// that if it has not happened yet (and reports whether it did).
func AfterFunc(ctx Context, f func()) (stop func() bool) {
	stopped, started := false, false
	stopCh := make(chan struct{})
	done := ctx.Done()
	if done != nil {
		go func() {
			select {
			case <-done:
				if !stopped {
					started = true
					f()
				}
			case <-stopCh:
			}
		}()
	}
	return func() bool {
		if started || stopped {
			return false
		}
		stopped = true
		close(stopCh)
		return true
	}
}
