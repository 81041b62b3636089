import net from 'node:net';

/**
 * A tiny TCP balancer for the cluster tests: each new connection goes to the next live backend
 * (round robin), bytes are piped both ways, and a backend that is removed or dies takes its
 * connections down with it, so the stock clients reconnect through another one, as behind a real
 * load balancer. `hold()` refuses new connections (they are closed at once) until `release()`.
 * Also a plain proxy to one target (PostgreSQL) that a test can cut and restore.
 */
export class TcpBalancer {
  private readonly server = net.createServer((client) => this.accept(client));
  private readonly open = new Map<net.Socket, { upstream: net.Socket; port: number }>();
  private next = 0;
  private held = false;

  private constructor(private backends: number[]) {}

  static async listen(backends: number[]): Promise<TcpBalancer> {
    const balancer = new TcpBalancer([...backends]);
    await new Promise<void>((resolve) => balancer.server.listen(0, '127.0.0.1', resolve));
    return balancer;
  }

  get port(): number {
    return (this.server.address() as net.AddressInfo).port;
  }

  /** Connections currently piped to `port`. */
  connectionsTo(port: number): number {
    return [...this.open.values()].filter((c) => c.port === port).length;
  }

  /** Stops sending new connections to `port` and cuts the ones it has. */
  remove(port: number): void {
    this.backends = this.backends.filter((p) => p !== port);
    this.cut((p) => p === port);
  }

  add(port: number): void {
    if (!this.backends.includes(port)) this.backends.push(port);
  }

  /** Cuts every open connection (the backend looks gone to both sides). */
  cutAll(): void {
    this.cut(() => true);
  }

  hold(): void {
    this.held = true;
  }

  release(): void {
    this.held = false;
  }

  async close(): Promise<void> {
    this.cutAll();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private cut(which: (port: number) => boolean): void {
    for (const [client, { upstream, port }] of [...this.open]) {
      if (!which(port)) continue;
      this.open.delete(client);
      client.destroy();
      upstream.destroy();
    }
  }

  private accept(client: net.Socket): void {
    if (this.held || this.backends.length === 0) return void client.destroy();
    const port = this.backends[this.next++ % this.backends.length]!;
    const upstream = net.connect(port, '127.0.0.1');
    this.open.set(client, { upstream, port });
    const end = () => {
      this.open.delete(client);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    client.pipe(upstream);
    upstream.pipe(client);
  }
}
