export interface Throughput {
  name: string;
  docs: number;
  seconds: number;
  docsPerSec: number;
  mbPerSec: number;
}
