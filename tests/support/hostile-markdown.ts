/**
 * Bodies that try everything the allow-list must stop (src/lib/allow-list.ts), and bodies that use
 * everything it keeps: the page pipeline, the feeds and the editor's preview are all held to them.
 */
export const HOSTILE = `正文 <a href="jav&#x61;script:alert(1)" onclick="alert(2)" style="color:red">点我</a> [也点我](javascript:alert(3))

<img src="x" ONERROR="alert(4)"><script>alert(5)</script><iframe src="https://evil.example"></iframe>

<svg><script>alert(6)</script></svg><object data="x.swf"></object><form action="https://evil.example"><input name="x"></form>

<div style="background:url(javascript:alert(7))">块<!-- 注释 --></div>

<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/"><style>p{}</style>`;

/** Everything a body may carry: the site's blocks, GFM, footnotes, photos, links. */
export const RICH = `## 小标题

段落里有**加粗**、*强调*、~~删除线~~、[链接](https://www.gov.cn/)和 https://www.gov.cn/ 这样的网址。

:::gallery{caption="重阳节敬老志愿服务"}
![第一张](./a.jpg)
![第二张](./b.jpg)
:::

:::quote{who="“金晖”助老志愿服务队队员"}
老人们最盼的不是礼物，是有人陪他们说说话。
:::

| 队伍 | 时长 |
| ---- | ---: |
| 金晖 | 120 |

- [x] 已完成
- [ ] 未完成

脚注在这里[^1]。

[^1]: 注释的内容。
`;
