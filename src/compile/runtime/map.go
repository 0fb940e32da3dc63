// Maps: open addressing with linear probing over a power-of-two table, one control byte per
// slot (0 empty, 1 deleted, 0x80|7 hash bits full), at most 7/8 full counting deleted slots.
// Keys are hashed and compared through their type descriptor, so one implementation serves
// every comparable key type. Each map has a random hash seed and each range starts at a random
// slot, so iteration order varies between runs as Go's does.
package runtime

// The map header.
const (
	mCount   = 0
	mCap     = 8
	mCtrl    = 16
	mSlots   = 24
	mKeyDesc = 32
	mValDesc = 40
	mKeySize = 48
	mValOff  = 56
	mSlot    = 64
	mSeed    = 72
	mDead    = 80
	mapSize  = 88
)

// The state of a range over a map (the compiler reserves itSize bytes for it).
const (
	itMap   = 0
	itCtrl  = 8
	itSlots = 16
	itCap   = 24
	itStart = 32
	itN     = 40
	itSize  = 48
)

var randState uint64

// fastrand is a xorshift generator seeded from the kernel on first use.
func fastrand() uint64 {
	if randState == 0 {
		p := alloc(8)
		syscall6(318, int(p), 8, 0, 0, 0, 0) // getrandom
		randState = uint64(load64(p)) | 1
	}
	x := randState
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	randState = x
	return x
}

// makemap is make(map[K]V, hint) for the map type described by d.
func makemap(d uintptr, hint int) uintptr {
	if hint < 0 || hint > 1<<32 {
		hint = 0 // as gc: a hint that is negative or too large to allocate is ignored
	}
	body := dBody(d)
	kd := body
	vd := body + uintptr(dLen(kd))
	m := alloc(mapSize)
	ks := dSize(kd)
	va := 1
	if dSize(vd) >= 8 {
		va = 8
	}
	off := (ks + va - 1) / va * va
	slot := (off + dSize(vd) + 7) &^ 7
	if slot == 0 {
		slot = 8
	}
	store64(m+mKeyDesc, int(kd))
	store64(m+mValDesc, int(vd))
	store64(m+mKeySize, ks)
	store64(m+mValOff, off)
	store64(m+mSlot, slot)
	store64(m+mSeed, int(fastrand()))
	c := 8
	for c*7 < hint*8 {
		c *= 2
	}
	mapAllocTable(m, c)
	return m
}

func mapAllocTable(m uintptr, c int) {
	store64(m+mCap, c)
	store64(m+mCtrl, int(allocNoscan(c)))
	store64(m+mSlots, int(alloc(c*load64(m+mSlot))))
	store64(m+mDead, 0)
}

// mapFind is the slot index holding key k, or -1.
func mapFind(m uintptr, k uintptr, h uint64) int {
	c := load64(m + mCap)
	ctrl := uintptr(load64(m + mCtrl))
	slots := uintptr(load64(m + mSlots))
	slot := load64(m + mSlot)
	kd := uintptr(load64(m + mKeyDesc))
	tag := byte(0x80 | int(h>>57))
	i := int(h) & (c - 1)
	for {
		b := load8(ctrl + uintptr(i))
		if b == 0 {
			return -1
		}
		if b == tag && eqValue(kd, slots+uintptr(i*slot), k) {
			return i
		}
		i = (i + 1) & (c - 1)
	}
}

// mapaccess is the address of m[k]'s value, or 0 when absent.
func mapaccess(m uintptr, k uintptr) uintptr {
	if m == 0 || load64(m+mCount) == 0 {
		return 0
	}
	h := hashValue(uintptr(load64(m+mKeyDesc)), k, uint64(load64(m+mSeed)))
	i := mapFind(m, k, h)
	if i < 0 {
		return 0
	}
	return uintptr(load64(m+mSlots)) + uintptr(i*load64(m+mSlot)+load64(m+mValOff))
}

// zeroArea is what m[k] reads when k is absent (values up to 1 KiB; never written).
var zeroArea uintptr

// mapaccess1 is the address of m[k]'s value, or of a zero value when absent.
func mapaccess1(m uintptr, k uintptr, size int) uintptr {
	p, _ := mapaccess2(m, k, size)
	return p
}

// mapaccess2 is mapaccess1 and whether k is present.
func mapaccess2(m uintptr, k uintptr, size int) (uintptr, bool) {
	p := mapaccess(m, k)
	if p != 0 {
		return p, true
	}
	if size > 1024 {
		return alloc(size), false
	}
	if zeroArea == 0 {
		zeroArea = alloc(1024)
	}
	return zeroArea, false
}

// mapassign is the address of m[k]'s value, inserting k with a zero value when absent.
func mapassign(m uintptr, k uintptr) uintptr {
	if m == 0 {
		panicError("assignment to entry in nil map", plainErrorDesc, false)
		return 0
	}
	kd := uintptr(load64(m + mKeyDesc))
	h := hashValue(kd, k, uint64(load64(m+mSeed)))
	if panicking != 0 {
		// An unhashable key: nothing is inserted; the caller's store goes to scratch.
		return alloc(int(load64(m + mSlot)))
	}
	i := mapFind(m, k, h)
	if i >= 0 && needKeyUpdate(kd) {
		// An equal key may differ in its bits (+0 and -0): the new one replaces it, as in gc.
		memmove(uintptr(load64(m+mSlots))+uintptr(i*load64(m+mSlot)), k, load64(m+mKeySize))
	}
	if i < 0 {
		c := load64(m + mCap)
		if (load64(m+mCount)+load64(m+mDead)+1)*8 > c*7 {
			if (load64(m+mCount)+1)*2 > c {
				mapGrow(m, c*2)
			} else {
				mapGrow(m, c)
			}
		}
		i = mapInsertSlot(m, h)
		slot := load64(m + mSlot)
		p := uintptr(load64(m+mSlots)) + uintptr(i*slot)
		memmove(p, k, load64(m+mKeySize))
		store64(m+mCount, load64(m+mCount)+1)
	}
	return uintptr(load64(m+mSlots)) + uintptr(i*load64(m+mSlot)+load64(m+mValOff))
}

// Descriptor of the error a lookup on a nil or empty map panics with for an unhashable key.
const unhashableDesc = "\x1a\x27\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x18\x00maps.unhashableTypeError"

// mapKeyCheck panics, on a nil or empty map, if the key at k (described by kd) holds an
// unhashable dynamic type, as gc's lookups and deletes check before anything else.
func mapKeyCheck(m uintptr, kd uintptr, k uintptr) {
	if m != 0 && load64(m+mCount) != 0 {
		return
	}
	if bad := unhashable(kd, k); bad != 0 {
		panicError("hash of unhashable type: "+dName(bad), unhashableDesc, false)
	}
}

// unhashable is the first unhashable dynamic type inside the value at p, or 0.
func unhashable(d uintptr, p uintptr) uintptr {
	switch dKind(d) {
	case kIface:
		inner := ifaceType(d, p)
		if inner == 0 {
			return 0
		}
		if !comparableDesc(inner) {
			return inner
		}
		return unhashable(inner, ifaceData(inner, p))
	case kStruct:
		f, nf := dFields(d)
		for i := 0; i < nf; i++ {
			if bad := unhashable(fDesc(f), p+fOffset(f)); bad != 0 {
				return bad
			}
			f = fNext(f)
		}
	case kArray:
		body := dBody(d)
		n := loadU(body, 4)
		elem := body + 4
		for i := 0; i < n; i++ {
			if bad := unhashable(elem, p+uintptr(i*dSize(elem))); bad != 0 {
				return bad
			}
		}
	}
	return 0
}

// needKeyUpdate reports whether equal keys of the described type can differ in their bits
// (floats, and what may hold floats).
func needKeyUpdate(d uintptr) bool {
	switch dKind(d) {
	case kFloat32, kFloat64, kIface, kStruct, kArray:
		return true
	}
	return false
}

// mapInsertSlot claims the first free slot on h's probe sequence.
func mapInsertSlot(m uintptr, h uint64) int {
	c := load64(m + mCap)
	ctrl := uintptr(load64(m + mCtrl))
	i := int(h) & (c - 1)
	for {
		b := load8(ctrl + uintptr(i))
		if b == 0 || b == 1 {
			if b == 1 {
				store64(m+mDead, load64(m+mDead)-1)
			}
			store8(ctrl+uintptr(i), byte(0x80|int(h>>57)))
			return i
		}
		i = (i + 1) & (c - 1)
	}
}

// mapGrow moves the entries to a new table of c slots (which also drops deleted slots).
func mapGrow(m uintptr, c int) {
	oc := load64(m + mCap)
	octrl := uintptr(load64(m + mCtrl))
	oslots := uintptr(load64(m + mSlots))
	slot := load64(m + mSlot)
	kd := uintptr(load64(m + mKeyDesc))
	seed := uint64(load64(m + mSeed))
	mapAllocTable(m, c)
	for i := 0; i < oc; i++ {
		if load8(octrl+uintptr(i))&0x80 == 0 {
			continue
		}
		p := oslots + uintptr(i*slot)
		h := hashValue(kd, p, seed)
		j := mapInsertSlot(m, h)
		memmove(uintptr(load64(m+mSlots))+uintptr(j*slot), p, slot)
	}
}

// mapdelete is delete(m, k).
func mapdelete(m uintptr, k uintptr) {
	if m == 0 || load64(m+mCount) == 0 {
		return
	}
	h := hashValue(uintptr(load64(m+mKeyDesc)), k, uint64(load64(m+mSeed)))
	if panicking != 0 {
		return // an unhashable key: nothing is deleted
	}
	i := mapFind(m, k, h)
	if i < 0 {
		return
	}
	store8(uintptr(load64(m+mCtrl))+uintptr(i), 1)
	slot := load64(m + mSlot)
	memclr(uintptr(load64(m+mSlots))+uintptr(i*slot), slot)
	store64(m+mCount, load64(m+mCount)-1)
	store64(m+mDead, load64(m+mDead)+1)
}

// mapclear is clear(m).
func mapclear(m uintptr) {
	if m == 0 {
		return
	}
	// A fresh table: a range in progress over the old one sees its entries gone.
	mapAllocTable(m, load64(m+mCap))
	store64(m+mCount, 0)
}

// mapiterinit starts a range over m in the iterator at it, at a random slot.
func mapiterinit(m uintptr, it uintptr) {
	store64(it+itMap, int(m))
	store64(it+itN, 0)
	if m == 0 {
		store64(it+itCap, 0)
		return
	}
	c := load64(m + mCap)
	store64(it+itCtrl, load64(m+mCtrl))
	store64(it+itSlots, load64(m+mSlots))
	store64(it+itCap, c)
	store64(it+itStart, int(fastrand())&(c-1))
}

// mapiternext is the next entry's key and value addresses, or (0, 0) at the end. Entries
// deleted during the range are skipped; when the map was rebuilt since the range began, each
// key is looked up again so that its current value is produced.
func mapiternext(it uintptr) (uintptr, uintptr) {
	m := uintptr(load64(it + itMap))
	c := load64(it + itCap)
	ctrl := uintptr(load64(it + itCtrl))
	slots := uintptr(load64(it + itSlots))
	for load64(it+itN) < c {
		n := load64(it + itN)
		store64(it+itN, n+1)
		i := (load64(it+itStart) + n) & (c - 1)
		if load8(ctrl+uintptr(i))&0x80 == 0 {
			continue
		}
		kp := slots + uintptr(i*load64(m+mSlot))
		if uintptr(load64(m+mCtrl)) == ctrl {
			return kp, kp + uintptr(load64(m+mValOff))
		}
		vp := mapaccess(m, kp)
		if vp != 0 {
			return kp, vp
		}
	}
	return 0, 0
}

// hashValue hashes the value at p of the type described by d into h (FNV-1a over the bytes
// that make up the value: a string's contents, each field and element, an interface's type and
// value), panicking as gc does for a key whose dynamic type cannot be hashed.
func hashValue(d uintptr, p uintptr, h uint64) uint64 {
	if h == 0 {
		h = 14695981039346656037
	}
	kind := dKind(d)
	switch kind {
	case tagString:
		return hashBytes(uintptr(load64(p)), load64(p+8), h)
	case kStruct:
		f, nf := dFields(d)
		for i := 0; i < nf; i++ {
			if !fBlank(f) {
				h = hashValue(fDesc(f), p+fOffset(f), h)
			}
			f = fNext(f)
		}
		return h
	case kArray:
		body := dBody(d)
		n := loadU(body, 4)
		elem := body + 4
		size := dSize(elem)
		for i := 0; i < n; i++ {
			h = hashValue(elem, p+uintptr(i*size), h)
		}
		return h
	case kIface:
		inner := ifaceType(d, p)
		h = (h ^ uint64(inner)) * 0x9e3779b97f4a7c15
		h ^= h >> 29
		if inner == 0 {
			return h
		}
		if !comparableDesc(inner) {
			panicError("runtime error: hash of unhashable type "+dName(inner), errorStringDesc, false)
			return h
		}
		return hashValue(inner, ifaceData(inner, p), h)
	case kFloat32, kFloat64:
		size := dSize(d)
		v := loadU(p, size)
		if isZeroBits(v, size) {
			v = 0 // +0 and -0 are equal
		}
		if isNaNBits(v, size) {
			v = int(fastrand()) // NaN is never equal to itself
		}
		q := alloc(8)
		store64(q, v)
		return hashBytes(q, 8, h)
	}
	return hashBytes(p, dSize(d), h)
}

// hashBytes mixes n bytes at p into h, eight at a time (a multiply and a shift per word),
// with a final mix so that the top bits (the control tag) depend on every byte.
func hashBytes(p uintptr, n int, h uint64) uint64 {
	i := 0
	for ; i+8 <= n; i += 8 {
		h = (h ^ uint64(load64(p+uintptr(i)))) * 0x9e3779b97f4a7c15
		h ^= h >> 29
	}
	if i < n {
		var tail uint64
		for s := uint(0); i < n; i++ {
			tail |= uint64(load8(p+uintptr(i))) << s
			s += 8
		}
		h = (h ^ tail ^ uint64(n)) * 0x9e3779b97f4a7c15
		h ^= h >> 29
	}
	h ^= h >> 32
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 29
	return h
}

// isZeroBits reports whether float bits (of a size-byte float, zero-extended) are +0 or -0.
func isZeroBits(v int, size int) bool {
	return uint64(v)<<uint(65-size*8) == 0
}

func isNaNBits(v int, size int) bool {
	if size == 4 {
		return v&0x7f800000 == 0x7f800000 && v&0x7fffff != 0
	}
	return v&0x7ff0000000000000 == 0x7ff0000000000000 && v&0xfffffffffffff != 0
}

// comparableDesc reports whether values of the described type can be compared with ==.
func comparableDesc(d uintptr) bool {
	switch dKind(d) {
	case kSlice, kMap, kFunc:
		return false
	case kArray:
		return comparableDesc(dBody(d) + 4)
	case kStruct:
		f, nf := dFields(d)
		for i := 0; i < nf; i++ {
			if !comparableDesc(fDesc(f)) {
				return false
			}
			f = fNext(f)
		}
	}
	return true
}

// eqValue reports whether the values at a and b of the type described by d are equal.
func eqValue(d uintptr, a uintptr, b uintptr) bool {
	kind := dKind(d)
	switch kind {
	case tagString:
		return eqstring(mkstr(uintptr(load64(a)), load64(a+8)), mkstr(uintptr(load64(b)), load64(b+8)))
	case kStruct:
		f, nf := dFields(d)
		for i := 0; i < nf; i++ {
			off := fOffset(f)
			if !fBlank(f) && !eqValue(fDesc(f), a+off, b+off) {
				return false
			}
			f = fNext(f)
		}
		return true
	case kArray:
		body := dBody(d)
		n := loadU(body, 4)
		elem := body + 4
		size := dSize(elem)
		for i := 0; i < n; i++ {
			if !eqValue(elem, a+uintptr(i*size), b+uintptr(i*size)) {
				return false
			}
		}
		return true
	case kIface:
		da := ifaceType(d, a)
		db := ifaceType(d, b)
		if da != db {
			return false
		}
		if da == 0 {
			return true
		}
		if !comparableDesc(da) {
			panicError("runtime error: comparing uncomparable type "+dName(da), errorStringDesc, false)
			return false
		}
		return eqValue(da, ifaceData(da, a), ifaceData(db, b))
	case kFloat32, kFloat64:
		size := dSize(d)
		x := loadU(a, size)
		y := loadU(b, size)
		if isNaNBits(x, size) || isNaNBits(y, size) {
			return false
		}
		return x == y || (isZeroBits(x, size) && isZeroBits(y, size))
	}
	n := dSize(d)
	for i := 0; i < n; i++ {
		if load8(a+uintptr(i)) != load8(b+uintptr(i)) {
			return false
		}
	}
	return true
}

// efaceeq is == of two interface values (type descriptor and data word each), panicking as gc
// does when their dynamic type cannot be compared.
func efaceeq(d1 uintptr, x1 uintptr, d2 uintptr, x2 uintptr) bool {
	if d1 != d2 {
		return false
	}
	if d1 == 0 {
		return true
	}
	if !comparableDesc(d1) {
		panicError("runtime error: comparing uncomparable type "+dName(d1), errorStringDesc, false)
		return false
	}
	switch dKind(d1) {
	case kPointer, kMap, kChan, kFunc, kUnsafePtr:
		return x1 == x2
	}
	return eqValue(d1, x1, x2)
}
