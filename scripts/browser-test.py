#!/usr/bin/env python3
"""Browser tests of the public reader, in headless Chromium (Debian's chromium and
chromium-driver, Python selenium from PyPI, axe-core from PyPI's axe-playwright-python).

    scripts/browser-test.py [SITE_DIR] [--shots DIR]

SITE_DIR (default: a fresh build of Content/ with .build/debug/report-site, or `swift run`)
is served on 127.0.0.1. Checked, each failure printed and counted (exit status 1 if any):

- axe-core: no violation on home, a task, the all-tasks page and the full report, in the normal view and in
  长辈版, at 1280 px and 390 px;
- 长辈版: the switch is a button with aria-pressed, works from the keyboard, is remembered
  across pages, does not throw when storage is blocked, is hidden without JavaScript; in it
  every text is at least 24 px with line height at least 1.3, paragraph spacing at least 1.3x
  the line height, controls at least 60x60 px, text contrast at least 7:1, grids one column,
  nothing to scroll sideways at 390 px;
- search: a word found only in one task's narrative finds that task, with the word marked in
  an excerpt;
- filters in the address: typing and choosing write the address, a fresh load of it shows the
  same list, back restores the earlier filters.

--shots DIR also saves screenshots of the three pages at 390 and 1280 px in both modes.
Missing pieces are installed on first use (apt-get, pip --target $READER_TEST_CACHE).
"""

import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CACHE = os.environ.get("READER_TEST_CACHE", "/tmp/report-site-browser-test")
PYDIR = os.path.join(CACHE, "py%d%d" % sys.version_info[:2])
# Pages of the latest report, from its folder; the site's front page and units at the root.
PAGES = ["index.html", "tasks/17.html", "tasks/index.html", "full/index.html", "../index.html",
         "../units/index.html"]
failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, flush=True)


def ensure_tools():
    missing = [p for b, p in [("chromium", "chromium"), ("chromedriver", "chromium-driver")]
               if not shutil.which(b)]
    if not os.path.exists("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"):
        missing.append("fonts-wqy-microhei")
    if missing:
        subprocess.run(["apt-get", "update", "-qq"], check=False, stdout=subprocess.DEVNULL)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends"] + missing,
                       check=True, stdout=subprocess.DEVNULL,
                       env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
    for module, package in [("selenium", "selenium>=4.11,<5"),
                            ("axe_playwright_python", "axe-playwright-python==0.1.8")]:
        if not os.path.exists(os.path.join(PYDIR, module)):
            subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps"
                            if module == "axe_playwright_python" else "-q", "--target", PYDIR,
                            package], check=True)
    sys.path.insert(0, PYDIR)


def build_site():
    out = tempfile.mkdtemp(prefix="reader-site-")
    shutil.rmtree(out)
    binary = os.path.join(ROOT, ".build", "debug", "report-site")
    command = [binary] if os.access(binary, os.X_OK) else ["swift", "run", "report-site"]
    subprocess.run(command + ["build", "--output", out], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    return out


def serve(site):
    handler = functools.partial(QuietHandler, directory=site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, "http://127.0.0.1:%d/" % server.server_address[1]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    os.environ.setdefault("SE_OFFLINE", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for argument in ["--headless=new", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,900", "--hide-scrollbars", "--no-first-run",
                     "--force-color-profile=srgb", "--lang=zh-CN"]:
        options.add_argument(argument)
    if os.geteuid() == 0:
        options.add_argument("--no-sandbox")
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    driver.set_script_timeout(60)
    return driver


def viewport(driver, width):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": 900 if width > 500 else 844, "deviceScaleFactor": 1,
        "mobile": width < 500})


def shot(driver, path, width):
    import base64
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    height = min(8000, int((metrics.get("cssContentSize") or metrics["contentSize"])["height"]))
    data = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})["data"]
    with open(path, "wb") as f:
        f.write(base64.b64decode(data))


def set_elder(driver, base, on):
    driver.get(base + "index.html")
    driver.execute_script(
        "try{%s}catch(e){}" % ("localStorage.setItem('report-site-elder','1')" if on
                               else "localStorage.removeItem('report-site-elder')"))


AXE = os.path.join(PYDIR, "axe_playwright_python", "axe.min.js")
AXE_RUN = """
var done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']}).then(function (r) {
  done(r.violations.map(function (v) {
    return v.id + ': ' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | ');
  }));
}).catch(function (e) { done(['axe error ' + e]); });
"""


def axe(driver, label):
    with open(AXE, encoding="utf-8") as f:
        driver.execute_script(f.read())
    for violation in driver.execute_async_script(AXE_RUN):
        fail("axe %s: %s" % (label, violation))


# Measures 长辈版 on the page: returns a list of problems.
ELDER_CHECK = r"""
var problems = [];
function visible(e) {
  var r = e.getBoundingClientRect(), s = getComputedStyle(e);
  return r.width > 1 && r.height > 1 && s.visibility !== 'hidden' && s.display !== 'none' &&
    !e.closest('.visually-hidden, [hidden], [aria-hidden="true"]') && r.right > 0 && r.left < innerWidth + 1;
}
function describe(e) { return e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).split(' ').join('.') : '') + ' "' + (e.textContent || '').trim().slice(0, 20) + '"'; }
function rgb(text) { var m = text.match(/[\d.]+/g) || [0, 0, 0, 0]; return m.map(Number); }
function luminance(c) {
  var v = c.slice(0, 3).map(function (x) { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
}
function background(e) {
  for (; e; e = e.parentElement) {
    var c = rgb(getComputedStyle(e).backgroundColor);
    if (c.length < 4 || c[3] > 0.99) return c;
  }
  return [255, 255, 255, 1];
}
var all = document.querySelectorAll('body *');
for (var i = 0; i < all.length; i++) {
  var e = all[i];
  var own = Array.prototype.some.call(e.childNodes, function (n) { return n.nodeType === 3 && n.textContent.trim(); });
  if (!own || !visible(e) || e.closest('svg')) continue;
  var s = getComputedStyle(e), size = parseFloat(s.fontSize), line = parseFloat(s.lineHeight);
  if (size < 23.9) problems.push('text under 24px (' + size + '): ' + describe(e));
  if (!(line >= 1.3 * size - 0.1)) problems.push('line height ' + s.lineHeight + ' under 1.3: ' + describe(e));
  var fg = luminance(rgb(s.color)), bg = luminance(background(e));
  var ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
  if (ratio < 7) problems.push('contrast ' + ratio.toFixed(2) + ' under 7: ' + describe(e));
}
document.querySelectorAll('main p').forEach(function (p) {
  if (!visible(p) || p.closest('li, td, th, dd, .filter')) return;
  var s = getComputedStyle(p), next = p.nextElementSibling;
  if (!next || !visible(next)) return;
  var gap = Math.max(parseFloat(s.marginBottom), parseFloat(getComputedStyle(next).marginTop));
  if (gap < 1.3 * parseFloat(s.lineHeight) - 0.5) problems.push('paragraph spacing ' + gap + ' under 1.3x line height: ' + describe(p));
});
document.querySelectorAll('.site-nav a, button, input, select, .pager a, .pagination a').forEach(function (c) {
  if (!visible(c)) return;
  var r = c.getBoundingClientRect();
  if (r.width < 59.5 || r.height < 59.5) problems.push('control ' + Math.round(r.width) + 'x' + Math.round(r.height) + ' under 60x60: ' + describe(c));
});
document.querySelectorAll('main *').forEach(function (g) {
  if (!visible(g) || getComputedStyle(g).display !== 'grid') return;
  var kids = Array.prototype.filter.call(g.children, visible).map(function (k) { return k.getBoundingClientRect(); });
  for (var j = 1; j < kids.length; j++) if (kids[j].top < kids[j - 1].bottom - 1) { problems.push('two columns: ' + describe(g)); break; }
});
if (document.documentElement.scrollWidth > innerWidth + 1) problems.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + innerWidth);
document.querySelectorAll('body *').forEach(function (e) {
  var x = getComputedStyle(e).overflowX;
  if ((x === 'auto' || x === 'scroll') && e.scrollWidth > e.clientWidth + 1 && visible(e)) problems.push('scrolls sideways inside: ' + describe(e));
});
return problems;
"""


def elder_switch(driver, base):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    set_elder(driver, base, False)
    driver.get(base + "index.html")
    button = driver.find_element(By.ID, "elder-toggle")
    if button.tag_name != "button" or not button.is_displayed():
        fail("长辈版 switch is not a visible button")
    if button.get_attribute("aria-pressed") != "false":
        fail("长辈版 switch not aria-pressed=false at first")
    driver.execute_script("arguments[0].focus()", button)
    button.send_keys(Keys.ENTER)
    elder = driver.execute_script("return document.documentElement.classList.contains('elder')")
    if not elder or button.get_attribute("aria-pressed") != "true":
        fail("Enter on the 长辈版 switch does not turn it on")
    driver.get(base + "tasks/17.html")
    if not driver.execute_script("return document.documentElement.classList.contains('elder')"):
        fail("长辈版 is not remembered on the next page")
    button = driver.find_element(By.ID, "elder-toggle")
    driver.execute_script("arguments[0].focus()", button)
    button.send_keys(Keys.SPACE)
    if driver.execute_script("return document.documentElement.classList.contains('elder')"):
        fail("Space on the 长辈版 switch does not turn it off")
    # Storage blocked: no error, the switch still works on the page.
    script = driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": (
        "Object.defineProperty(window, 'localStorage', {get: function () {"
        " throw new DOMException('blocked', 'SecurityError'); }});"
        "window.__errors = []; addEventListener('error', function (e) { __errors.push(String(e.message)); });")})
    driver.get(base + "index.html")
    driver.find_element(By.ID, "elder-toggle").click()
    state = driver.execute_script(
        "return [document.documentElement.classList.contains('elder'), window.__errors]")
    if not state[0] or state[1]:
        fail("with storage blocked the switch fails: %s" % state)
    driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": script["identifier"]})
    # Without JavaScript the switch is not shown.
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    driver.get(base + "index.html")
    if driver.find_element(By.ID, "elder-toggle").is_displayed():
        fail("长辈版 switch shown without JavaScript")
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def wait(driver, condition, seconds=10):
    end = time.time() + seconds
    while time.time() < end:
        value = driver.execute_script(condition)
        if value:
            return value
        time.sleep(0.05)
    return None


RESULTS = ("var r = document.getElementById('search-results');"
           "var c = document.getElementById('filter-count').textContent;"
           "if (r.hidden || c.indexOf('正在') === 0) return null;"
           "return Array.prototype.map.call(r.querySelectorAll('.task-title a'), function (a) {"
           " return a.getAttribute('href'); });")


def narrative_word(site):
    """A word of four characters in exactly one task's narrative and in no other field."""
    with open(os.path.join(site, "data.json"), encoding="utf-8") as f:
        data = json.load(f)
    other = " ".join([t["text"] + " ".join(t["units"] + t["unitsAsWritten"]) + t["status"]["label"]
                      for t in data["tasks"]] + [s["title"] + " ".join(x["title"] for x in s["subsections"])
                                                 for s in data["sections"]]
                     + [u["name"] + " ".join(u["aliases"]) for u in data["units"]])
    narratives = [re.sub(r"\s", "", t["narrative"]) for t in data["tasks"]]
    for task, text in zip(data["tasks"], narratives):
        for start in range(0, len(text) - 4, 7):
            word = text[start:start + 4]
            if not re.fullmatch(r"[\u4e00-\u9fff]{4}", word) or word in other:
                continue
            if sum(word in n for n in narratives) == 1:
                return word, task["number"]
    raise SystemExit("no narrative-only word in the site")


def search_and_links(driver, base, site):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    word, number = narrative_word(site)
    driver.get(base + "tasks/index.html")
    box = driver.find_element(By.ID, "filter-q")
    box.send_keys(word)
    found = wait(driver, RESULTS)
    if not found or "%d.html" % number not in found:
        fail("searching %s (only in task %d's narrative) finds %s" % (word, number, found))
    marks = driver.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('#search-results .task-excerpt mark'),"
        " function (m) { return m.textContent; })")
    if word not in marks:
        fail("the excerpt does not mark %s: %s" % (word, marks))
    if "q=" not in driver.current_url:
        fail("typing does not write the address: " + driver.current_url)
    # A status filter on top: pushState; a fresh load shows the same list; back restores.
    box.clear()
    box.send_keys("区")
    before = wait(driver, RESULTS)
    status = Select(driver.find_element(By.ID, "filter-status"))
    status.select_by_value(status.options[1].get_attribute("value"))
    time.sleep(0.2)
    filtered = wait(driver, RESULTS)
    url = driver.current_url
    if "status=" not in url or "q=" not in url:
        fail("choosing a status does not write the address: " + url)
    driver.get(url)
    fresh = wait(driver, RESULTS)
    if not fresh or fresh != filtered:
        fail("a fresh load of %s shows %s, not %s" % (url, fresh, filtered))
    driver.back()
    time.sleep(0.3)
    if driver.find_element(By.ID, "filter-status").get_attribute("value") != "":
        driver.back()
        time.sleep(0.3)
    restored = wait(driver, RESULTS)
    if restored != before or driver.find_element(By.ID, "filter-status").get_attribute("value"):
        fail("back does not restore the list without the status filter")


def main():
    args = sys.argv[1:]
    shots = None
    if "--shots" in args:
        shots = args[args.index("--shots") + 1]
        del args[args.index("--shots"):args.index("--shots") + 2]
        os.makedirs(shots, exist_ok=True)
    started = time.time()
    ensure_tools()
    site = args[0] if args else build_site()
    server, base = serve(site)
    # Each report has its folder (2020/); the root's data.json lists them, the latest last.
    with open(os.path.join(site, "data.json"), encoding="utf-8") as f:
        latest = os.path.dirname(json.load(f)["reports"][-1]["url"])
    base += latest + "/"
    site = os.path.join(site, latest)
    driver = browser()
    try:
        for elder in [False, True]:
            mode = "elder" if elder else "normal"
            set_elder(driver, base, elder)
            for width in [1280, 390]:
                viewport(driver, width)
                for page in PAGES:
                    driver.get(base + page)
                    label = "%s %s %dpx" % (page, mode, width)
                    if shots:
                        flat = page.replace("../", "site-").replace("/", "-")[:-5]
                        name = "%s-%s-%d.png" % (flat, mode, width)
                        shot(driver, os.path.join(shots, name), width)
                    axe(driver, label)
                    if elder:
                        for problem in driver.execute_script(ELDER_CHECK)[:10]:
                            fail("长辈版 %s: %s" % (label, problem))
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        set_elder(driver, base, False)
        elder_switch(driver, base)
        search_and_links(driver, base, site)
    finally:
        driver.quit()
        server.shutdown()
    print("browser-test: %d failures in %.0f s" % (len(failures), time.time() - started))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
