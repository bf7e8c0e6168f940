// Checked first: the toolkit reads the proxy variables as it loads.
import './github/proxy-check.js'
import { run } from './main.js'

// A cancelled step leaves requests in flight: it ends here, once its outputs and summary are written.
void run().then((ending) => {
  if (ending === 'cancelled') process.exit()
})
