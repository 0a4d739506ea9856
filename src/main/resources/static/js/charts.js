// 图表：页面上带 data-chart 属性的元素按其 JSON 数据绘制 ECharts 图表（CSP 不允许内联脚本，故集中于此）。
(function () {
  function render(el) {
    if (!window.echarts) { return; }
    var spec = JSON.parse(el.getAttribute('data-chart'));
    var chart = window.echarts.init(el, null, { renderer: 'canvas' }); // canvas: the SVG renderer writes style attributes, which the CSP forbids
    var option = {
      color: ['#1f4e8c', '#3a8fd0', '#2e8b57', '#d4a017', '#c0392b'],
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      grid: { left: 10, right: 16, top: 30, bottom: 10, containLabel: true },
      xAxis: { type: 'category', data: spec.labels, axisLabel: { interval: 0, rotate: spec.labels.length > 6 ? (el.clientWidth < 480 ? 90 : 30) : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: (spec.series || []).map(function (s) { return { name: s.name, type: spec.type || 'bar', data: s.data, barMaxWidth: 36, label: { show: true, position: 'top' } }; })
    };
    if (spec.series && spec.series.length > 1) { option.legend = { top: 0 }; }
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  }
  function all() { document.querySelectorAll('[data-chart]').forEach(render); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', all); } else { all(); }
  document.addEventListener('htmx:afterSettle', function (e) { e.target.querySelectorAll && e.target.querySelectorAll('[data-chart]').forEach(render); });
})();
