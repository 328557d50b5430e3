package accel

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strings"

	"golang.org/x/sys/cpu"
)

// Info describes the compute this machine and build offer; Available
// returns it and its String is the line the REPL banner and notebooks show.
type Info struct {
	// CPU is the processor model name ("" when unknown).
	CPU string
	// Arch is runtime.GOARCH.
	Arch string
	// Features are the SIMD extensions detected, e.g. "avx512f", "fma".
	Features []string
	// Cores is runtime.NumCPU(); Threads the current SetThreads value.
	Cores, Threads int
	// GemmKernel names the SGEMM micro-kernel in use, e.g. "avx512-12x32".
	GemmKernel string
	// VectorKernels names the elementwise kernels in use ("avx512",
	// "avx2" or "go").
	VectorKernels string
	// Backends reports every backend by name: nil error when usable.
	Backends []BackendStatus
}

// BackendStatus is one backend's availability.
type BackendStatus struct {
	Name string
	Err  error // nil when available
}

// Available reports what this machine has: CPU features (via
// golang.org/x/sys/cpu), the kernels chosen, and which backends can run.
// GPU probing (dlopen of libcuda.so.1) happens once, on first call.
func Available() Info {
	in := Info{
		CPU:           cpuModel(),
		Arch:          runtime.GOARCH,
		Cores:         runtime.NumCPU(),
		Threads:       Threads(),
		GemmKernel:    activeKernel().name,
		VectorKernels: isaNames[vecISA],
	}
	x := cpu.X86
	for _, f := range []struct {
		ok   bool
		name string
	}{
		{x.HasSSE42, "sse4.2"}, {x.HasAVX, "avx"}, {x.HasAVX2, "avx2"}, {x.HasFMA, "fma"},
		{x.HasAVX512F, "avx512f"}, {x.HasAVX512DQ, "avx512dq"}, {x.HasAVX512BW, "avx512bw"},
		{x.HasAVX512VL, "avx512vl"}, {x.HasAVX512BF16, "avx512bf16"}, {x.HasAVX512VNNI, "avx512vnni"},
		{cpu.ARM64.HasASIMD, "neon"}, {cpu.ARM64.HasSVE, "sve"},
	} {
		if f.ok {
			in.Features = append(in.Features, f.name)
		}
	}
	for _, b := range Backends() {
		in.Backends = append(in.Backends, BackendStatus{Name: b.Name(), Err: b.Available()})
	}
	return in
}

// String is a short multi-line summary, e.g.
//
//	cpu: AMD EPYC (amd64, 2 cores, 2 threads) avx2 fma avx512f …; sgemm avx512-12x32, vector avx512
//	cuda: not available (libcuda.so.1 not found)
func (in Info) String() string {
	var sb strings.Builder
	name := in.CPU
	if name == "" {
		name = "unknown CPU"
	}
	fmt.Fprintf(&sb, "cpu: %s (%s, %d cores, %d threads)", name, in.Arch, in.Cores, in.Threads)
	if len(in.Features) > 0 {
		fmt.Fprintf(&sb, " %s", strings.Join(in.Features, " "))
	}
	fmt.Fprintf(&sb, "; sgemm %s, vector %s", in.GemmKernel, in.VectorKernels)
	for _, b := range in.Backends {
		if b.Name == "cpu" {
			continue
		}
		if b.Err == nil {
			fmt.Fprintf(&sb, "\n%s: available", b.Name)
			continue
		}
		msg := b.Err.Error()
		if i := strings.LastIndex(msg, ErrNotAvailable.Error()+": "); i >= 0 {
			msg = msg[i+len(ErrNotAvailable.Error())+2:]
		}
		fmt.Fprintf(&sb, "\n%s: not available (%s)", b.Name, msg)
	}
	return sb.String()
}

// Has reports whether the backend named name is available.
func (in Info) Has(name string) bool {
	for _, b := range in.Backends {
		if b.Name == name {
			return b.Err == nil
		}
	}
	return false
}

func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

func probeMetal() (bool, string) {
	if runtime.GOOS != "darwin" {
		return false, "Metal needs macOS"
	}
	return true, "macOS has Metal"
}
