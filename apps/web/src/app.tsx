/** Placeholder until the planner, warehouse and packing screens arrive (zh-CN first, English second). */
export function App() {
  return (
    <main className="placeholder">
      <h1>门道 Mendao</h1>
      <p lang="zh-CN">木门工厂的开源 ERP/MES：拆单、开料优化、仓库、设备效率和包装发货。</p>
      <p lang="en">Open-source ERP/MES for wooden-door factories.</p>
      <p>
        <a href="/api/docs">API 文档 · API docs</a>
      </p>
    </main>
  );
}
