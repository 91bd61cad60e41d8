import { chromium } from "@playwright/test";
const base = process.argv[2];
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const ctx = await b.newContext({ viewport: { width: 1366, height: 768 } });
await ctx.addInitScript(() => localStorage.setItem("theme", "projector"));
const p = await ctx.newPage();
for (let n = 1; n <= 9; n++) {
  await p.goto(`${base}/present/${n}?theme=projector`);
  await p.waitForTimeout(700);
  const r = await p.evaluate(() => {
    const cur = document.querySelector("[data-slide-wrapper][data-current]");
    const texts = [...(cur?.querySelectorAll("svg text") ?? [])].filter((t) => t.getClientRects().length);
    const sizes = texts.map((t) => { const ctm = t.getScreenCTM(); const fs = parseFloat(getComputedStyle(t).fontSize); return fs * (ctm ? Math.hypot(ctm.a, ctm.b) : 1); });
    const bar = document.querySelector(".deck-toolbar, header");
    return { n: texts.length, min: Math.min(...sizes).toFixed(1), med: sizes.sort((a,b)=>a-b)[Math.floor(sizes.length/2)]?.toFixed(1), toolbarH: bar?.getBoundingClientRect().height };
  });
  console.log(n, JSON.stringify(r));
}
await b.close();
