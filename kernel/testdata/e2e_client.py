"""End-to-end checks of the gograd kernel with jupyter_client.

Run by kernel/e2e_test.go with JUPYTER_PATH pointing at a kernelspec
installed by `gograd install --prefix`. Tests run in name order against
one kernel; the last ones restart it and shut it down.
"""

import base64
import os
import queue
import signal
import time
import unittest

from jupyter_client.manager import KernelManager, start_new_kernel
from jupyter_client.session import Session

KERNEL = os.environ.get("GOGRAD_KERNEL_NAME", "gograd")
TIMEOUT = 30


class Run:
    """The messages of one execute_request."""

    def __init__(self, reply, msgs, times):
        self.reply = reply
        self.content = reply["content"]
        self.msgs = msgs
        self.times = times  # arrival time of each message, seconds after the request

    def of(self, msg_type):
        return [m for m in self.msgs if m["msg_type"] == msg_type]

    def stdout(self):
        return "".join(m["content"]["text"] for m in self.of("stream") if m["content"]["name"] == "stdout")

    def result(self):
        rs = self.of("execute_result")
        return rs[0]["content"]["data"] if rs else None


class GogradKernel(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        t0 = time.monotonic()
        cls.km, cls.kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=60)
        print(f"kernel ready in {time.monotonic() - t0:.2f}s")

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        if cls.km.is_alive():
            cls.km.shutdown_kernel(now=True)

    def run_cell(self, code, timeout=TIMEOUT, **kw):
        kc = self.kc
        while True:  # drop what earlier tests left
            try:
                kc.get_iopub_msg(timeout=0.01)
            except queue.Empty:
                break
        t0 = time.monotonic()
        msg_id = kc.execute(code, **kw)
        msgs, times = [], []
        deadline = t0 + timeout
        while True:
            m = kc.get_iopub_msg(timeout=max(0.01, deadline - time.monotonic()))
            if m["parent_header"].get("msg_id") != msg_id:
                continue
            msgs.append(m)
            times.append(time.monotonic() - t0)
            if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
                break
        while True:  # skip replies a failed earlier test left behind
            reply = kc.get_shell_msg(timeout=timeout)
            if reply["parent_header"].get("msg_id") == msg_id:
                return Run(reply, msgs, times)

    def ok(self, code, **kw):
        r = self.run_cell(code, **kw)
        self.assertEqual(r.content["status"], "ok", f"{code!r} failed: {r.content}")
        return r

    def test_01_execute_result_and_count(self):
        r = self.ok("1+1")
        self.assertEqual(r.result()["text/plain"], "2")
        first = r.content["execution_count"]
        r = self.ok("40+2")
        self.assertEqual(r.content["execution_count"], first + 1)
        self.assertEqual(r.of("execute_input")[0]["content"]["execution_count"], first + 1)
        self.assertEqual(r.of("execute_result")[0]["content"]["execution_count"], first + 1)
        self.assertEqual([m["msg_type"] for m in r.msgs][0], "status")

    def test_02_stream_is_live(self):
        code = 'for i := 0; i < 3; i++ {\n\tfmt.Println("tick", i)\n\ttime.Sleep(400 * time.Millisecond)\n}'
        r = self.ok(code)
        self.assertEqual(r.stdout(), "tick 0\ntick 1\ntick 2\n")
        stream_times = [t for m, t in zip(r.msgs, r.times) if m["msg_type"] == "stream"]
        self.assertGreaterEqual(len(stream_times), 3, "prints were not streamed as they happened")
        self.assertLess(stream_times[0], 0.35, "the first print arrived only at the end")
        self.assertGreater(stream_times[-1] - stream_times[0], 0.6)

    def test_03_stderr(self):
        r = self.ok('fmt.Fprintln(os.Stderr, "warn")')
        err = [m for m in r.of("stream") if m["content"]["name"] == "stderr"]
        self.assertEqual("".join(m["content"]["text"] for m in err), "warn\n")

    def test_04_error_points_at_line(self):
        r = self.run_cell("x := 1\n_ = x\ny := undefinedThing + 1\n_ = y")
        self.assertEqual(r.content["status"], "error")
        errs = r.of("error")
        self.assertEqual(len(errs), 1)
        self.assertIn("undefinedThing", r.content["evalue"])
        tb = "\n".join(r.content["traceback"])
        self.assertIn("cell line 3", tb)
        self.assertIn("undefinedThing + 1", tb)
        r = self.run_cell('var xs []int\n_ = xs[3]')
        self.assertEqual(r.content["status"], "error")
        self.assertIn("index out of range", r.content["evalue"])

    def test_05_display_calls(self):
        r = self.ok('display.HTML("<b>hi</b>")\ndisplay.Markdown("*md*")')
        ds = r.of("display_data")
        self.assertEqual(len(ds), 2)
        self.assertEqual(ds[0]["content"]["data"]["text/html"], "<b>hi</b>")
        self.assertEqual(ds[1]["content"]["data"]["text/markdown"], "*md*")
        r = self.ok('h := display.New("first")\nh.Update("second")')
        shown = r.of("display_data")[0]["content"]
        upd = r.of("update_display_data")[0]["content"]
        did = shown["transient"]["display_id"]
        self.assertTrue(did)
        self.assertEqual(upd["transient"]["display_id"], did)
        self.assertIn("second", upd["data"]["text/plain"])
        r = self.ok("display.Clear(true)")
        self.assertEqual(r.of("clear_output")[0]["content"]["wait"], True)

    def test_06_tensor_is_html_table(self):
        r = self.ok("tensor.FromSlice([]float32{1, 2, 3, 4}, 2, 2)")
        data = r.result()
        self.assertIn("text/plain", data)
        self.assertIn("<table", data["text/html"])

    def test_07_plot_and_image_inline(self):
        code = (
            "p := plot.New()\n"
            'p.Title.Text = "squares"\n'
            "pts := make(plotter.XYs, 10)\n"
            "for i := range pts { pts[i].X = float64(i); pts[i].Y = float64(i * i) }\n"
            "l, _ := plotter.NewLine(pts)\n"
            "p.Add(l)\n"
            "p"
        )
        data = self.ok(code).result()
        png = base64.b64decode(data["image/png"])
        self.assertTrue(png.startswith(b"\x89PNG\r\n\x1a\n"))
        self.assertIn("<svg", data["image/svg+xml"])
        data = self.ok("image.NewRGBA(image.Rect(0, 0, 4, 3))").result()
        self.assertTrue(base64.b64decode(data["image/png"]).startswith(b"\x89PNG"))

    def test_08_complete_and_inspect(self):
        code = "fmt.Prin"
        reply = self.kc.complete(code, len(code), reply=True, timeout=TIMEOUT)["content"]
        self.assertEqual(reply["status"], "ok")
        self.assertIn("Println", [m.split(".")[-1] for m in reply["matches"]])
        self.assertEqual(reply["cursor_end"], len(code))
        types = reply["metadata"]["_jupyter_types_experimental"]
        self.assertEqual(len(types), len(reply["matches"]))
        self.ok("myVariable := 3\n_ = myVariable")
        code = "x := myVar"
        reply = self.kc.complete(code, len(code), reply=True, timeout=TIMEOUT)["content"]
        self.assertIn("myVariable", [m.split(".")[-1] for m in reply["matches"]])

        code = "fmt.Println"
        reply = self.kc.inspect(code, len(code), reply=True, timeout=TIMEOUT)["content"]
        self.assertTrue(reply["found"])
        self.assertIn("Println", reply["data"]["text/plain"])
        self.assertIn("text/markdown", reply["data"])

    def test_09_is_complete(self):
        for code, want in [("x := 1", "complete"), ("func f() {", "incomplete"), ("x := )", "invalid")]:
            msg_id = self.kc.is_complete(code)
            reply = self.kc.get_shell_msg(timeout=TIMEOUT)
            self.assertEqual(reply["parent_header"]["msg_id"], msg_id)
            reply = reply["content"]
            self.assertEqual(reply["status"], want, code)
            if want == "incomplete":
                self.assertIn("indent", reply)

    def test_10_stdin(self):
        kc = self.kc
        msg_id = kc.execute('var name string\nfmt.Print("name? ")\nfmt.Scanln(&name)\nfmt.Println("hello", name)', allow_stdin=True)
        try:
            req = kc.get_stdin_msg(timeout=10)
        except queue.Empty:
            self.km.interrupt_kernel()
            self.fail("no input_request within 10 s: the cell's fmt.Scanln did not read through the kernel's stdin (interp.Options.Stdin)")
        self.assertEqual(req["msg_type"], "input_request")
        self.assertEqual(req["parent_header"]["msg_id"], msg_id)
        kc.input("Ada")
        reply = kc.get_shell_msg(timeout=TIMEOUT)
        self.assertEqual(reply["content"]["status"], "ok")
        out = ""
        while True:
            m = kc.get_iopub_msg(timeout=TIMEOUT)
            if m["parent_header"].get("msg_id") != msg_id:
                continue
            if m["msg_type"] == "stream":
                out += m["content"]["text"]
            if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
                break
        self.assertEqual(out, "name? hello Ada\n")
        r = self.run_cell('n, err := fmt.Scanln(new(string))\nfmt.Println(n, err)', allow_stdin=False)
        self.assertIn("allow_stdin", "".join(m["content"]["text"] for m in r.of("stream")))
        self.assertIn("0 EOF", r.stdout())

    def test_11_interrupt_keeps_variables(self):
        self.ok("keep := 42\n_ = keep")
        msg_id = self.kc.execute("for {}")
        time.sleep(0.5)
        self.assertTrue(self.kc.hb_channel.is_beating())
        t0 = time.monotonic()
        self.km.interrupt_kernel()
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        elapsed = time.monotonic() - t0
        self.assertEqual(reply["parent_header"]["msg_id"], msg_id)
        self.assertEqual(reply["content"]["status"], "error")
        self.assertLess(elapsed, 1.0, "interrupt took too long")
        print(f"interrupt of for {{}} took {elapsed * 1000:.0f} ms")
        self.assertEqual(self.ok("keep").result()["text/plain"], "42")

    def test_11b_sigint_interrupts_too(self):
        msg_id = self.kc.execute("for {}")
        time.sleep(0.3)
        os.kill(self.km.provisioner.process.pid, signal.SIGINT)
        t0 = time.monotonic()
        while True:
            reply = self.kc.get_shell_msg(timeout=5)
            if reply["parent_header"].get("msg_id") == msg_id:
                break
        self.assertLess(time.monotonic() - t0, 1.0)
        self.assertEqual(reply["content"]["status"], "error")
        self.assertTrue(self.km.is_alive(), "SIGINT killed the kernel")
        self.assertEqual(self.ok("keep").result()["text/plain"], "42")

    def test_12_bad_signature_not_executed(self):
        kc2 = self.km.client(session=Session(key=b"not-the-key"))
        kc2.start_channels()
        try:
            kc2.execute("stolen := 1")
            with self.assertRaises(queue.Empty):
                kc2.get_shell_msg(timeout=1.5)
        finally:
            kc2.stop_channels()
        r = self.run_cell("stolen")
        self.assertEqual(r.content["status"], "error", "a message signed with the wrong key was executed")

    def test_13_big_burst_complete_in_order(self):
        lines = 210000  # 100 bytes a line: 21 MB
        code = (
            f"for i := 0; i < {lines}; i++ {{\n"
            '\tfmt.Printf("%08d %s\\n", i, strings.Repeat("x", 90))\n'
            "}"
        )
        r = self.ok(code, timeout=120)
        out = r.stdout()
        self.assertEqual(len(out), lines * 100)
        for i in range(0, lines, 1001):
            self.assertEqual(out[i * 100: i * 100 + 9], f"{i:08d} ")

    def test_14_history(self):
        self.ok("histMarker := 7\n_ = histMarker")
        reply = self.kc.history(hist_access_type="tail", n=1, output=False, raw=True, reply=True, timeout=TIMEOUT)["content"]
        self.assertEqual(reply["history"][-1][2], "histMarker := 7\n_ = histMarker")

    def test_15_comms(self):
        reply = self.kc.comm_info(reply=True, timeout=TIMEOUT)["content"]
        self.assertEqual(reply, {"status": "ok", "comms": {}})

    def test_16_second_client_sees_output(self):
        kc2 = self.km.client(session=Session(key=self.km.session.key))
        self.assertNotEqual(kc2.session.session, self.kc.session.session)
        kc2.start_channels()
        try:
            kc2.wait_for_ready(timeout=TIMEOUT)
            while True:
                try:
                    self.kc.get_iopub_msg(timeout=0.05)
                except queue.Empty:
                    break
            msg_id = kc2.execute('fmt.Println("from the second client")')
            reply = kc2.get_shell_msg(timeout=TIMEOUT)
            self.assertEqual(reply["parent_header"]["msg_id"], msg_id)
            with self.assertRaises(queue.Empty):
                self.kc.get_shell_msg(timeout=0.3)  # replies go to the sender only
            text = ""
            while "second client" not in text:
                m = self.kc.get_iopub_msg(timeout=TIMEOUT)  # iopub goes to everyone
                if m["msg_type"] == "stream" and m["parent_header"].get("msg_id") == msg_id:
                    text += m["content"]["text"]
        finally:
            kc2.stop_channels()

    def test_98_restart(self):
        self.ok("beforeRestart := 1\n_ = beforeRestart")
        self.km.restart_kernel(now=False)
        self.kc.wait_for_ready(timeout=60)
        r = self.run_cell("beforeRestart")
        self.assertEqual(r.content["status"], "error", "a variable survived the restart")
        self.assertEqual(self.ok("2+3").result()["text/plain"], "5")
        reply = self.kc.history(hist_access_type="search", pattern="histMarker*", output=False, raw=True, reply=True, timeout=TIMEOUT)["content"]
        self.assertTrue(reply["history"], "history was lost across the restart")

    def test_99_shutdown(self):
        pid = self.km.provisioner.process.pid
        self.km.shutdown_kernel(now=False)
        self.assertFalse(self.km.is_alive())
        with self.assertRaises(ProcessLookupError):
            for _ in range(50):
                os.kill(pid, 0)
                time.sleep(0.1)


class IPCTransport(unittest.TestCase):
    """The kernel also serves the ipc transport (Unix sockets)."""

    def test_ipc(self):
        km = KernelManager(kernel_name=KERNEL, transport="ipc")
        km.start_kernel()
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=60)
            reply = kc.execute_interactive("20+22", timeout=TIMEOUT)
            self.assertEqual(reply["content"]["status"], "ok")
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=False)
        self.assertFalse(km.is_alive())


if __name__ == "__main__":
    unittest.main(verbosity=2, failfast=False)
