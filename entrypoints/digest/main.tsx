import { mount } from '@/components/mount';
import { App, readEarly } from './App';

// Read before the first render (see readEarly), which then shows the first entries at once. The
// page renders whatever happens: settings that cannot be read leave it on the defaults.
void readEarly()
  .catch(() => undefined)
  .then((early) => mount(<App early={early} />));
