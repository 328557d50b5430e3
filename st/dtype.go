package st

import (
	"encoding/binary"
	"fmt"
	"math"
	"sync"
)

// DType is the element type of a tensor as the safetensors header spells it
// ("F32", "BF16", "I64", ...).
type DType uint8

// The dtypes of the safetensors format. The order of the constants is the
// order of the reference implementation's Dtype enum, which its writer uses to
// sort tensors (largest alignment first), so Save can reproduce its bytes.
const (
	invalidDType DType = iota
	BOOL
	U8
	I8
	F8_E5M2
	F8_E4M3
	F8_E8M0
	I16
	U16
	F16
	BF16
	I32
	U32
	F32
	C64
	F64
	I64
	U64
	numDTypes
)

var dtypeNames = [numDTypes]string{
	invalidDType: "invalid",
	BOOL:         "BOOL",
	U8:           "U8",
	I8:           "I8",
	F8_E5M2:      "F8_E5M2",
	F8_E4M3:      "F8_E4M3",
	F8_E8M0:      "F8_E8M0",
	I16:          "I16",
	U16:          "U16",
	F16:          "F16",
	BF16:         "BF16",
	I32:          "I32",
	U32:          "U32",
	F32:          "F32",
	C64:          "C64",
	F64:          "F64",
	I64:          "I64",
	U64:          "U64",
}

var dtypeSizes = [numDTypes]int{
	BOOL: 1, U8: 1, I8: 1, F8_E5M2: 1, F8_E4M3: 1, F8_E8M0: 1,
	I16: 2, U16: 2, F16: 2, BF16: 2,
	I32: 4, U32: 4, F32: 4,
	C64: 8, F64: 8, I64: 8, U64: 8,
}

// DTypes lists every dtype this package reads and writes raw.
func DTypes() []DType {
	out := make([]DType, 0, numDTypes-1)
	for d := BOOL; d < numDTypes; d++ {
		out = append(out, d)
	}
	return out
}

// ParseDType returns the dtype named s ("F32", "BF16", ...). Names are case
// sensitive, as in the format.
func ParseDType(s string) (DType, error) {
	for d := BOOL; d < numDTypes; d++ {
		if dtypeNames[d] == s {
			return d, nil
		}
	}
	return invalidDType, fmt.Errorf("unknown dtype %q", s)
}

// String returns the header spelling of d.
func (d DType) String() string {
	if d < numDTypes {
		return dtypeNames[d]
	}
	return fmt.Sprintf("DType(%d)", uint8(d))
}

// Size returns the number of bytes of one element of d (0 for an invalid d).
func (d DType) Size() int {
	if d < numDTypes {
		return dtypeSizes[d]
	}
	return 0
}

// IsFloat reports whether d is a real floating-point type, the ones Tensor
// converts exactly (or with round-to-nearest-even for F64) to float32.
func (d DType) IsFloat() bool {
	switch d {
	case F8_E5M2, F8_E4M3, F8_E8M0, F16, BF16, F32, F64:
		return true
	}
	return false
}

// IsInteger reports whether d is an integer or boolean type.
func (d DType) IsInteger() bool {
	switch d {
	case BOOL, U8, I8, I16, U16, I32, U32, I64, U64:
		return true
	}
	return false
}

var le = binary.LittleEndian

// nativeLittleEndian is true on hosts where a []float32 has the byte layout
// of the file, so F32 data can be used and written in place.
var nativeLittleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// F16ToFloat32 returns the exact float32 value of the IEEE 754 half-precision
// number with bits h.
func F16ToFloat32(h uint16) float32 {
	return math.Float32frombits(f16Bits(h))
}

func f16Bits(h uint16) uint32 {
	sign := uint32(h&0x8000) << 16
	exp := uint32(h>>10) & 0x1f
	mant := uint32(h & 0x3ff)
	switch {
	case exp == 0x1f: // Inf or NaN, keeping the payload
		return sign | 0x7f800000 | mant<<13
	case exp != 0:
		return sign | (exp+127-15)<<23 | mant<<13
	case mant == 0:
		return sign
	}
	// Subnormal: normalise the mantissa.
	e := uint32(127 - 15 + 1)
	for mant&0x400 == 0 {
		mant <<= 1
		e--
	}
	return sign | e<<23 | (mant&0x3ff)<<13
}

var (
	f16TableOnce sync.Once
	f16Table     []float32
)

// f16ToF32Table is a 256 KiB lookup table of every half value, built on
// first use: conversion of large F16 tensors is then one load per element.
func f16ToF32Table() []float32 {
	f16TableOnce.Do(func() {
		f16Table = make([]float32, 1<<16)
		for i := range f16Table {
			f16Table[i] = F16ToFloat32(uint16(i))
		}
	})
	return f16Table
}

// Float32ToF16 rounds f to the nearest half-precision number (ties to even),
// overflowing to ±Inf and keeping NaNs NaN, as numpy and PyTorch do.
func Float32ToF16(f float32) uint16 {
	b := math.Float32bits(f)
	sign := uint16(b>>16) & 0x8000
	exp := int32(b>>23) & 0xff
	mant := b & 0x7fffff
	if exp == 0xff {
		if mant != 0 {
			return sign | 0x7e00 | uint16(mant>>13)
		}
		return sign | 0x7c00
	}
	e := exp - 127 + 15
	if e >= 0x1f {
		return sign | 0x7c00
	}
	if e <= 0 {
		if e < -10 {
			return sign
		}
		m := mant | 0x800000
		shift := uint32(14 - e)
		h := m >> shift
		rem := m & (1<<shift - 1)
		half := uint32(1) << (shift - 1)
		if rem > half || (rem == half && h&1 == 1) {
			h++
		}
		return sign | uint16(h)
	}
	h := uint32(e)<<10 | mant>>13
	rem := mant & 0x1fff
	if rem > 0x1000 || (rem == 0x1000 && h&1 == 1) {
		h++ // a carry into the exponent is correct, up to 0x7c00 (Inf)
	}
	return sign | uint16(h)
}

// BF16ToFloat32 returns the exact float32 value of the bfloat16 bits b.
func BF16ToFloat32(b uint16) float32 { return math.Float32frombits(uint32(b) << 16) }

// Float32ToBF16 rounds f to the nearest bfloat16 (ties to even), keeping NaNs
// NaN (quiet), as PyTorch does.
func Float32ToBF16(f float32) uint16 {
	b := math.Float32bits(f)
	if b&0x7fffffff > 0x7f800000 {
		return uint16(b>>16) | 0x40
	}
	return uint16((b + 0x7fff + (b>>16)&1) >> 16)
}

// F8E4M3ToFloat32 returns the exact value of the OCP FP8 E4M3 ("fn": no
// infinities, S.1111.111 is NaN) number with bits b.
func F8E4M3ToFloat32(b uint8) float32 {
	sign := float32(1)
	if b&0x80 != 0 {
		sign = -1
	}
	exp := int(b>>3) & 0xf
	mant := float32(b & 7)
	if exp == 0xf && b&7 == 7 {
		return float32(math.NaN())
	}
	if exp == 0 {
		return sign * mant / 8 * (1.0 / 64) // subnormal: m/8 · 2^-6
	}
	return sign * float32(math.Ldexp(float64(1+mant/8), exp-7))
}

// F8E5M2ToFloat32 returns the exact value of the FP8 E5M2 number with bits
// b: it is the top byte of an IEEE half.
func F8E5M2ToFloat32(b uint8) float32 { return F16ToFloat32(uint16(b) << 8) }

// F8E8M0ToFloat32 returns the value 2^(b-127) of the exponent-only FP8 E8M0
// scale format (0xFF is NaN).
func F8E8M0ToFloat32(b uint8) float32 {
	if b == 0xff {
		return float32(math.NaN())
	}
	if b == 0 {
		// 2^-127 is a float32 subnormal; Ldexp gives it exactly.
		return float32(math.Ldexp(1, -127))
	}
	return math.Float32frombits(uint32(b) << 23)
}

// convertToF32 decodes n elements of dtype d from src (little-endian) into dst.
// It reports an error for dtypes without a real float32 value (C64).
func convertToF32(dst []float32, src []byte, d DType) error {
	switch d {
	case F32:
		for i := range dst {
			dst[i] = math.Float32frombits(le.Uint32(src[4*i:]))
		}
	case F64:
		for i := range dst {
			dst[i] = float32(math.Float64frombits(le.Uint64(src[8*i:])))
		}
	case F16:
		tab := f16ToF32Table()
		for i := range dst {
			dst[i] = tab[le.Uint16(src[2*i:])]
		}
	case BF16:
		for i := range dst {
			dst[i] = math.Float32frombits(uint32(le.Uint16(src[2*i:])) << 16)
		}
	case F8_E4M3:
		var tab [256]float32
		for i := range tab {
			tab[i] = F8E4M3ToFloat32(uint8(i))
		}
		for i := range dst {
			dst[i] = tab[src[i]]
		}
	case F8_E5M2:
		for i := range dst {
			dst[i] = F8E5M2ToFloat32(src[i])
		}
	case F8_E8M0:
		for i := range dst {
			dst[i] = F8E8M0ToFloat32(src[i])
		}
	case BOOL:
		for i := range dst {
			if src[i] != 0 {
				dst[i] = 1
			} else {
				dst[i] = 0
			}
		}
	case U8:
		for i := range dst {
			dst[i] = float32(src[i])
		}
	case I8:
		for i := range dst {
			dst[i] = float32(int8(src[i]))
		}
	case I16:
		for i := range dst {
			dst[i] = float32(int16(le.Uint16(src[2*i:])))
		}
	case U16:
		for i := range dst {
			dst[i] = float32(le.Uint16(src[2*i:]))
		}
	case I32:
		for i := range dst {
			dst[i] = float32(int32(le.Uint32(src[4*i:])))
		}
	case U32:
		for i := range dst {
			dst[i] = float32(le.Uint32(src[4*i:]))
		}
	case I64:
		for i := range dst {
			dst[i] = float32(int64(le.Uint64(src[8*i:])))
		}
	case U64:
		for i := range dst {
			dst[i] = float32(le.Uint64(src[8*i:]))
		}
	default:
		return fmt.Errorf("dtype %s has no float32 value", d)
	}
	return nil
}

// encodeFromF32 writes src as dtype d (F32, F16 or BF16) into dst.
func encodeFromF32(dst []byte, src []float32, d DType) {
	switch d {
	case F32:
		for i, v := range src {
			le.PutUint32(dst[4*i:], math.Float32bits(v))
		}
	case F16:
		for i, v := range src {
			le.PutUint16(dst[2*i:], Float32ToF16(v))
		}
	case BF16:
		for i, v := range src {
			le.PutUint16(dst[2*i:], Float32ToBF16(v))
		}
	default:
		panic("st: encodeFromF32: unsupported dtype " + d.String())
	}
}
