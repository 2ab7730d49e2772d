/**
 * chart.js with only what the review page's four charts use, registered once. Imported lazily
 * (components/review/Charts.tsx) so the list renders before any chart code is parsed; named
 * imports let the bundler drop the rest of the library.
 */
import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, DoughnutController, ArcElement, CategoryScale, LinearScale, Legend, Tooltip);

export { Chart };
