import { render } from 'preact';
import { ReviewApp } from './App';

render(<ReviewApp />, document.getElementById('app')!);
