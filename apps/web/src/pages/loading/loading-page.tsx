import PlaceholderPage from '../placeholder-page';

export default PlaceholderPage;
