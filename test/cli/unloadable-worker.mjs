// A batch worker module that fails to load, as one with a broken install would.
throw new Error('stand-in worker cannot load');
