// Package atomic provides atomic memory primitives. memrun's goroutines run one at a time
// and never switch inside these functions (sched.go), so plain loads and stores are atomic.
package atomic

// AddInt32 atomically adds delta to *addr and returns the new value.
func AddInt32(addr *int32, delta int32) (new int32) {
	*addr += delta
	return *addr
}

// AndInt32 atomically ands *addr with mask and returns the old value.
func AndInt32(addr *int32, mask int32) (old int32) {
	old = *addr
	*addr &= mask
	return old
}

// OrInt32 atomically ors *addr with mask and returns the old value.
func OrInt32(addr *int32, mask int32) (old int32) {
	old = *addr
	*addr |= mask
	return old
}

// CompareAndSwapInt32 executes the compare-and-swap operation for a int32 value.
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// LoadInt32 atomically loads *addr.
func LoadInt32(addr *int32) (val int32) {
	return *addr
}

// StoreInt32 atomically stores val into *addr.
func StoreInt32(addr *int32, val int32) {
	*addr = val
}

// SwapInt32 atomically stores new into *addr and returns the previous value.
func SwapInt32(addr *int32, new int32) (old int32) {
	old = *addr
	*addr = new
	return old
}

// Int32 is an atomic int32. The zero value is zero.
type Int32 struct {
	_ noCopy
	v int32
}

// Load atomically loads and returns the value stored in x.
func (x *Int32) Load() int32 { return x.v }

// Store atomically stores val into x.
func (x *Int32) Store(val int32) { x.v = val }

// Swap atomically stores new into x and returns the previous value.
func (x *Int32) Swap(new int32) (old int32) {
	old = x.v
	x.v = new
	return old
}

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

// Add atomically adds delta to x and returns the new value.
func (x *Int32) Add(delta int32) (new int32) {
	x.v += delta
	return x.v
}

// And atomically performs a bitwise AND of x and mask and returns the old value.
func (x *Int32) And(mask int32) (old int32) {
	old = x.v
	x.v &= mask
	return old
}

// Or atomically performs a bitwise OR of x and mask and returns the old value.
func (x *Int32) Or(mask int32) (old int32) {
	old = x.v
	x.v |= mask
	return old
}

// AddInt64 atomically adds delta to *addr and returns the new value.
func AddInt64(addr *int64, delta int64) (new int64) {
	*addr += delta
	return *addr
}

// AndInt64 atomically ands *addr with mask and returns the old value.
func AndInt64(addr *int64, mask int64) (old int64) {
	old = *addr
	*addr &= mask
	return old
}

// OrInt64 atomically ors *addr with mask and returns the old value.
func OrInt64(addr *int64, mask int64) (old int64) {
	old = *addr
	*addr |= mask
	return old
}

// CompareAndSwapInt64 executes the compare-and-swap operation for a int64 value.
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// LoadInt64 atomically loads *addr.
func LoadInt64(addr *int64) (val int64) {
	return *addr
}

// StoreInt64 atomically stores val into *addr.
func StoreInt64(addr *int64, val int64) {
	*addr = val
}

// SwapInt64 atomically stores new into *addr and returns the previous value.
func SwapInt64(addr *int64, new int64) (old int64) {
	old = *addr
	*addr = new
	return old
}

// Int64 is an atomic int64. The zero value is zero.
type Int64 struct {
	_ noCopy
	v int64
}

// Load atomically loads and returns the value stored in x.
func (x *Int64) Load() int64 { return x.v }

// Store atomically stores val into x.
func (x *Int64) Store(val int64) { x.v = val }

// Swap atomically stores new into x and returns the previous value.
func (x *Int64) Swap(new int64) (old int64) {
	old = x.v
	x.v = new
	return old
}

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

// Add atomically adds delta to x and returns the new value.
func (x *Int64) Add(delta int64) (new int64) {
	x.v += delta
	return x.v
}

// And atomically performs a bitwise AND of x and mask and returns the old value.
func (x *Int64) And(mask int64) (old int64) {
	old = x.v
	x.v &= mask
	return old
}

// Or atomically performs a bitwise OR of x and mask and returns the old value.
func (x *Int64) Or(mask int64) (old int64) {
	old = x.v
	x.v |= mask
	return old
}

// AddUint32 atomically adds delta to *addr and returns the new value.
func AddUint32(addr *uint32, delta uint32) (new uint32) {
	*addr += delta
	return *addr
}

// AndUint32 atomically ands *addr with mask and returns the old value.
func AndUint32(addr *uint32, mask uint32) (old uint32) {
	old = *addr
	*addr &= mask
	return old
}

// OrUint32 atomically ors *addr with mask and returns the old value.
func OrUint32(addr *uint32, mask uint32) (old uint32) {
	old = *addr
	*addr |= mask
	return old
}

// CompareAndSwapUint32 executes the compare-and-swap operation for a uint32 value.
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// LoadUint32 atomically loads *addr.
func LoadUint32(addr *uint32) (val uint32) {
	return *addr
}

// StoreUint32 atomically stores val into *addr.
func StoreUint32(addr *uint32, val uint32) {
	*addr = val
}

// SwapUint32 atomically stores new into *addr and returns the previous value.
func SwapUint32(addr *uint32, new uint32) (old uint32) {
	old = *addr
	*addr = new
	return old
}

// Uint32 is an atomic uint32. The zero value is zero.
type Uint32 struct {
	_ noCopy
	v uint32
}

// Load atomically loads and returns the value stored in x.
func (x *Uint32) Load() uint32 { return x.v }

// Store atomically stores val into x.
func (x *Uint32) Store(val uint32) { x.v = val }

// Swap atomically stores new into x and returns the previous value.
func (x *Uint32) Swap(new uint32) (old uint32) {
	old = x.v
	x.v = new
	return old
}

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

// Add atomically adds delta to x and returns the new value.
func (x *Uint32) Add(delta uint32) (new uint32) {
	x.v += delta
	return x.v
}

// And atomically performs a bitwise AND of x and mask and returns the old value.
func (x *Uint32) And(mask uint32) (old uint32) {
	old = x.v
	x.v &= mask
	return old
}

// Or atomically performs a bitwise OR of x and mask and returns the old value.
func (x *Uint32) Or(mask uint32) (old uint32) {
	old = x.v
	x.v |= mask
	return old
}

// AddUint64 atomically adds delta to *addr and returns the new value.
func AddUint64(addr *uint64, delta uint64) (new uint64) {
	*addr += delta
	return *addr
}

// AndUint64 atomically ands *addr with mask and returns the old value.
func AndUint64(addr *uint64, mask uint64) (old uint64) {
	old = *addr
	*addr &= mask
	return old
}

// OrUint64 atomically ors *addr with mask and returns the old value.
func OrUint64(addr *uint64, mask uint64) (old uint64) {
	old = *addr
	*addr |= mask
	return old
}

// CompareAndSwapUint64 executes the compare-and-swap operation for a uint64 value.
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// LoadUint64 atomically loads *addr.
func LoadUint64(addr *uint64) (val uint64) {
	return *addr
}

// StoreUint64 atomically stores val into *addr.
func StoreUint64(addr *uint64, val uint64) {
	*addr = val
}

// SwapUint64 atomically stores new into *addr and returns the previous value.
func SwapUint64(addr *uint64, new uint64) (old uint64) {
	old = *addr
	*addr = new
	return old
}

// Uint64 is an atomic uint64. The zero value is zero.
type Uint64 struct {
	_ noCopy
	v uint64
}

// Load atomically loads and returns the value stored in x.
func (x *Uint64) Load() uint64 { return x.v }

// Store atomically stores val into x.
func (x *Uint64) Store(val uint64) { x.v = val }

// Swap atomically stores new into x and returns the previous value.
func (x *Uint64) Swap(new uint64) (old uint64) {
	old = x.v
	x.v = new
	return old
}

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

// Add atomically adds delta to x and returns the new value.
func (x *Uint64) Add(delta uint64) (new uint64) {
	x.v += delta
	return x.v
}

// And atomically performs a bitwise AND of x and mask and returns the old value.
func (x *Uint64) And(mask uint64) (old uint64) {
	old = x.v
	x.v &= mask
	return old
}

// Or atomically performs a bitwise OR of x and mask and returns the old value.
func (x *Uint64) Or(mask uint64) (old uint64) {
	old = x.v
	x.v |= mask
	return old
}

// AddUintptr atomically adds delta to *addr and returns the new value.
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr) {
	*addr += delta
	return *addr
}

// AndUintptr atomically ands *addr with mask and returns the old value.
func AndUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	old = *addr
	*addr &= mask
	return old
}

// OrUintptr atomically ors *addr with mask and returns the old value.
func OrUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	old = *addr
	*addr |= mask
	return old
}

// CompareAndSwapUintptr executes the compare-and-swap operation for a uintptr value.
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// LoadUintptr atomically loads *addr.
func LoadUintptr(addr *uintptr) (val uintptr) {
	return *addr
}

// StoreUintptr atomically stores val into *addr.
func StoreUintptr(addr *uintptr, val uintptr) {
	*addr = val
}

// SwapUintptr atomically stores new into *addr and returns the previous value.
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr) {
	old = *addr
	*addr = new
	return old
}

// Uintptr is an atomic uintptr. The zero value is zero.
type Uintptr struct {
	_ noCopy
	v uintptr
}

// Load atomically loads and returns the value stored in x.
func (x *Uintptr) Load() uintptr { return x.v }

// Store atomically stores val into x.
func (x *Uintptr) Store(val uintptr) { x.v = val }

// Swap atomically stores new into x and returns the previous value.
func (x *Uintptr) Swap(new uintptr) (old uintptr) {
	old = x.v
	x.v = new
	return old
}

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

// Add atomically adds delta to x and returns the new value.
func (x *Uintptr) Add(delta uintptr) (new uintptr) {
	x.v += delta
	return x.v
}

// And atomically performs a bitwise AND of x and mask and returns the old value.
func (x *Uintptr) And(mask uintptr) (old uintptr) {
	old = x.v
	x.v &= mask
	return old
}

// Or atomically performs a bitwise OR of x and mask and returns the old value.
func (x *Uintptr) Or(mask uintptr) (old uintptr) {
	old = x.v
	x.v |= mask
	return old
}

type noCopy struct{}

// A Bool is an atomic boolean value. The zero value is false.
type Bool struct {
	_ noCopy
	v uint32
}

// Load atomically loads and returns the value stored in x.
func (x *Bool) Load() bool { return x.v != 0 }

// Store atomically stores val into x.
func (x *Bool) Store(val bool) { x.v = b32(val) }

// Swap atomically stores new into x and returns the previous value.
func (x *Bool) Swap(new bool) (old bool) {
	old = x.v != 0
	x.v = b32(new)
	return old
}

// CompareAndSwap executes the compare-and-swap operation for the boolean value x.
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	if (x.v != 0) != old {
		return false
	}
	x.v = b32(new)
	return true
}

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// A Value provides an atomic load and store of a consistently typed value.
type Value struct {
	v any
}

// Load returns the value set by the most recent Store, or nil if there has been none.
func (v *Value) Load() (val any) {
	return v.v
}

// Store sets the value of the Value v to val; every call must use the same concrete type.
func (v *Value) Store(val any) {
	v.check(val, "store")
	v.v = val
}

// Swap stores new into Value and returns the previous value.
func (v *Value) Swap(new any) (old any) {
	v.check(new, "swap")
	old = v.v
	v.v = new
	return old
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	v.check(new, "compare and swap")
	if v.v != old {
		return false
	}
	v.v = new
	return true
}

func (v *Value) check(val any, op string) {
	if val == nil {
		panic("sync/atomic: " + op + " of nil value into Value")
	}
	if v.v != nil {
		t1, _ := efacewords(v.v)
		t2, _ := efacewords(val)
		if !sameType(t1, t2) {
			panic("sync/atomic: " + op + " of inconsistently typed value into Value")
		}
	}
}

func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool)

func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer)

func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer)

func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer)

// A Pointer is an atomic pointer of type *T; the zero value is a nil *T.
type Pointer[T any] struct {
	_ [0]*T
	v *T
}

// Load atomically loads and returns the value stored in x.
func (x *Pointer[T]) Load() *T { return x.v }

// Store atomically stores val into x.
func (x *Pointer[T]) Store(val *T) { x.v = val }

// Swap atomically stores new into x and returns the previous value.
func (x *Pointer[T]) Swap(new *T) (old *T) {
	old = x.v
	x.v = new
	return old
}

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}
